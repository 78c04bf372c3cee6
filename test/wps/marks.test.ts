// Marks on WPS: the original fill of every painted cell is kept (No Fill ≠ white ≠ a patterned fill),
// 清除标记 puts each back exactly, keeps marks on protected sheets, and without a saved snapshot (WPS
// restarted) clears only the cells still in our exact colours.
import { HIGHLIGHT_COLORS } from "../../src/excel/highlight-store";
import { buildXlsx } from "../../testkit/fixtures/build";
import { mistakesForm } from "../../testkit/fixtures/mistakes";
import { parseCell } from "../../testkit/emulator/a1";
import {
  bgrOf,
  cellKey,
  fakeBookFromBytes,
  XL,
  type FakeBook,
  type FakeFill,
} from "../../testkit/wps-fake";
import { MODES, rigOf, stacked } from "./helpers";

// Each case builds its workbook; a shared CI machine can be several times slower than a laptop.
jest.setTimeout(30_000);

async function book(): Promise<FakeBook> {
  return fakeBookFromBytes(new Uint8Array(await buildXlsx(stacked(mistakesForm("shanxi"), 1))));
}

function fillAt(b: FakeBook, a1: string, sheet = 0): FakeFill | undefined {
  const { row, col } = parseCell(a1);
  return b.sheets[sheet].cells.get(cellKey(row, col))?.fill;
}

function setFill(b: FakeBook, a1: string, fill: FakeFill | undefined): void {
  const { row, col } = parseCell(a1);
  const key = cellKey(row, col);
  const cell = b.sheets[0].cells.get(key) ?? {};
  if (fill) cell.fill = fill;
  else delete cell.fill;
  b.sheets[0].cells.set(key, cell);
}

describe.each(MODES)("marks (%s mode)", (mode) => {
  test("清除标记 restores No Fill, white and a patterned fill exactly", async () => {
    const b = await book();
    const first = rigOf(b, mode);
    const cells = (
      (await first.port.check("sheet", undefined, { mark: false })).evaluation?.highlights ?? []
    ).map((h) => h.cell);
    expect(cells.length).toBeGreaterThanOrEqual(3);
    const [noFill, white, patterned] = cells;
    setFill(b, noFill, undefined);
    setFill(b, white, { color: XL.white, pattern: XL.solid });
    setFill(b, patterned, { color: bgrOf("#00B050"), pattern: 17 });
    const r = await first.port.check("sheet");
    expect(r.marked).toBe(cells.length);
    for (const c of cells) expect(fillAt(b, c)?.pattern).toBe(XL.solid);
    const cleared = await first.port.clearMarks();
    expect(cleared.restored).toBe(cells.length);
    expect(cleared.marked).toBe(0);
    expect(fillAt(b, noFill)).toBeUndefined();
    expect(fillAt(b, white)).toEqual({ color: XL.white, pattern: XL.solid });
    expect(fillAt(b, patterned)).toEqual({ color: bgrOf("#00B050"), pattern: 17 });
  });

  test("a second check keeps the first originals (a cell is not saved in our own colour)", async () => {
    const b = await book();
    const { port } = rigOf(b, mode);
    await port.check("sheet");
    await port.check("sheet");
    await port.clearMarks();
    expect(b.sheets[0].cells.size).toBeGreaterThan(0);
    expect([...b.sheets[0].cells.values()].some((c) => c.fill)).toBe(false);
  });

  test("marks on a protected sheet stay, and the pane is told which sheet", async () => {
    const b = await book();
    const { port } = rigOf(b, mode);
    await port.check("sheet");
    b.sheets[0].protected = true;
    const r = await port.clearMarks();
    expect(r.restored).toBe(0);
    expect(r.unmarked).toEqual({ why: "protected", sheets: [b.sheets[0].name] });
    expect(r.marked).toBeGreaterThan(0);
  });

  test("without a saved snapshot, only cells in our exact colours are cleared", async () => {
    const b = await book();
    const { port } = rigOf(b, mode);
    setFill(b, "A1", { color: bgrOf(HIGHLIGHT_COLORS.error), pattern: XL.solid });
    setFill(b, "B2", { color: bgrOf(HIGHLIGHT_COLORS.warning), pattern: XL.solid });
    setFill(b, "C3", { color: bgrOf("#FFC7CF"), pattern: XL.solid });
    setFill(b, "D4", { color: bgrOf(HIGHLIGHT_COLORS.error), pattern: 17 });
    const r = await port.clearMarks();
    expect(r.restored).toBe(2);
    expect(fillAt(b, "A1")).toBeUndefined();
    expect(fillAt(b, "B2")).toBeUndefined();
    expect(fillAt(b, "C3")).toEqual({ color: bgrOf("#FFC7CF"), pattern: XL.solid });
    expect(fillAt(b, "D4")).toEqual({ color: bgrOf(HIGHLIGHT_COLORS.error), pattern: 17 });
  });

  test("a recompute that fixes a cell restores its original fill; the marks survive a new pane", async () => {
    const b = await book();
    const first = rigOf(b, mode);
    const checked = await first.port.check("sheet");
    const r = await first.port.recompute("sheet");
    expect(r.marked).toBeLessThan(checked.marked ?? 0);
    const fixed = (checked.evaluation?.highlights ?? [])
      .map((h) => h.cell)
      .filter((c) => !(r.evaluation?.highlights ?? []).some((h) => h.cell === c));
    expect(fixed.length).toBeGreaterThan(0);
    for (const c of fixed) expect(fillAt(b, c)).toBeUndefined();
    const { createWpsPort } = await import("../../src/wps/port");
    const cleared = await createWpsPort(first.host).clearMarks("sheet");
    expect(cleared.restored).toBe(r.marked);
  });
});
