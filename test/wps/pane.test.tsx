/** @jest-environment jsdom */
// The task pane's App on the WPS port (jsdom): its buttons drive the fake ET, and an outcome of the
// ribbon's 一键重算 (another page, through PluginStorage) appears in the open pane and can be undone.
import { act, fireEvent, render, screen } from "@testing-library/react";
import { App } from "../../src/taskpane/components/App";
import { storageLastResult, type Timers } from "../../src/wps/last-result-source";
import { createWpsPort } from "../../src/wps/port";
import { buildXlsx } from "../../testkit/fixtures/build";
import { mistakesForm } from "../../testkit/fixtures/mistakes";
import { fakeBookFromBytes, fakeWps } from "../../testkit/wps-fake";
import { changedCells, contentsOf, stacked } from "./helpers";

// Each case builds its workbook; a shared CI machine can be several times slower than a laptop.
jest.setTimeout(30_000);

function button(name: string): HTMLButtonElement {
  return screen.getByRole("button", { name: new RegExp(`^${name}$`) }) as HTMLButtonElement;
}

/** Timers whose tick the test calls (the pane polls PluginStorage once a second). */
function manualTimers(): Timers & { tick(): void } {
  const fns: (() => void)[] = [];
  return {
    setInterval: (fn) => fns.push(fn),
    clearInterval: () => undefined,
    tick: () => fns.forEach((f) => f()),
  };
}

async function setUp() {
  const book = fakeBookFromBytes(
    new Uint8Array(await buildXlsx(stacked(mistakesForm("shanxi"), 1)))
  );
  const wps = fakeWps(book);
  const host = { app: wps.et.Application, storage: wps.PluginStorage };
  const timers = manualTimers();
  render(
    <App
      port={createWpsPort(host, { origin: "pane" })}
      lastResult={storageLastResult(host.storage, timers)}
    />
  );
  return { book, wps, host, timers };
}

describe("the pane on the WPS port", () => {
  test("检查 then 重新计算并写入 then 撤销, on the fake workbook", async () => {
    const { book } = await setUp();
    const before = contentsOf(book);
    await act(async () => fireEvent.click(button("检查")));
    expect(screen.getByTestId("result-line").textContent).toMatch(/^检查完成：1 张表，6 个错误/);
    await act(async () => fireEvent.click(button("重新计算并写入")));
    expect(screen.getByTestId("result-line").textContent).toMatch(/^已写入 6 个单元格/);
    expect(changedCells(before, contentsOf(book))).toHaveLength(6);
    await act(async () => fireEvent.click(button("撤销")));
    expect(changedCells(before, contentsOf(book))).toEqual([]);
  });

  test("shows the ribbon's 一键重算 when it happens, and can undo it", async () => {
    const { book, host, timers } = await setUp();
    const before = contentsOf(book);
    await createWpsPort(host, { origin: "ribbon" }).recompute("sheet");
    await act(async () => timers.tick());
    expect(screen.getByTestId("result-line").textContent).toMatch(/已写入 6 个单元格/);
    expect(button("撤销").disabled).toBe(false);
    await act(async () => fireEvent.click(button("撤销")));
    expect(changedCells(before, contentsOf(book))).toEqual([]);
  });

  test("a refusal is shown in the pane's words", async () => {
    const { book } = await setUp();
    book.sheets[0].protected = true;
    await act(async () => fireEvent.click(button("重新计算并写入")));
    expect(screen.getByTestId("error").textContent).toContain("受保护");
  });
});
