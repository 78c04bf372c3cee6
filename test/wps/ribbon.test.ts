/** @jest-environment jsdom */
// The ribbon: ribbon.xml is well-formed CustomUI whose buttons and callbacks are the ones the main
// page defines; 打开助手 creates the pane once; 一键重算 recomputes, says so on the status bar and
// leaves its outcome (and its undo) for the pane.
import * as fs from "fs";
import * as path from "path";
import { buildXlsx } from "../../testkit/fixtures/build";
import { mistakesForm } from "../../testkit/fixtures/mistakes";
import { fakeBookFromBytes, fakeWps } from "../../testkit/wps-fake";
import { BUTTONS, ICONS, ribbonCallbacks } from "../../src/wps/ribbon-callbacks";
import { createWpsPort } from "../../src/wps/port";
import { storageLastResult } from "../../src/wps/last-result-source";
import { stacked } from "./helpers";

// Each case builds its workbook; a shared CI machine can be several times slower than a laptop.
jest.setTimeout(30_000);

const ROOT = path.resolve(__dirname, "../..");
const ribbon = new DOMParser().parseFromString(
  fs.readFileSync(path.join(ROOT, "src/wps/ribbon.xml"), "utf8"),
  "application/xml"
);

async function setUp() {
  const book = fakeBookFromBytes(
    new Uint8Array(await buildXlsx(stacked(mistakesForm("shanxi"), 1)))
  );
  const wps = fakeWps(book);
  const host = { app: wps.et.Application, storage: wps.PluginStorage };
  const callbacks = ribbonCallbacks({
    host,
    panes: wps,
    baseUrl: "http://intranet/jxzp/",
    port: createWpsPort(host, { origin: "ribbon" }),
  });
  return { book, wps, host, callbacks };
}

describe("ribbon.xml", () => {
  test("is well-formed CustomUI with the 绩效自评 tab and its two buttons", () => {
    expect(ribbon.getElementsByTagName("parsererror")).toHaveLength(0);
    const root = ribbon.documentElement;
    expect(root.localName).toBe("customUI");
    expect(root.getAttribute("onLoad")).toBe("OnAddinLoad");
    const tab = ribbon.getElementsByTagName("tab")[0];
    expect(tab.getAttribute("label")).toBe("绩效自评");
    const buttons = [...ribbon.getElementsByTagName("button")];
    expect(buttons.map((b) => [b.getAttribute("id"), b.getAttribute("label")])).toEqual([
      [BUTTONS.openPane, "打开助手"],
      [BUTTONS.recompute, "一键重算"],
    ]);
    for (const b of buttons) {
      expect(b.getAttribute("onAction")).toBe("OnAction");
      expect(b.getAttribute("getImage")).toBe("GetImage");
    }
  });

  test("every callback it names is defined, and every icon exists in assets/", async () => {
    const { callbacks } = await setUp();
    const names = new Set(
      [...ribbon.getElementsByTagName("*")].flatMap((el) =>
        ["onLoad", "onAction", "getImage", "getEnabled", "getLabel"]
          .map((a) => el.getAttribute(a))
          .filter((v): v is string => Boolean(v))
      )
    );
    for (const name of names)
      expect(typeof (callbacks as unknown as Record<string, unknown>)[name]).toBe("function");
    for (const b of Object.values(BUTTONS)) {
      const icon = callbacks.GetImage({ Id: b });
      expect(icon).toBe(ICONS[b]);
      expect(fs.existsSync(path.join(ROOT, icon))).toBe(true);
    }
  });

  test("the main page installs the callbacks as the globals ribbon.xml names", async () => {
    const { wps } = await setUp();
    const g = globalThis as Record<string, unknown>;
    g.wps = wps;
    g.Application = wps.et.Application;
    try {
      jest.isolateModules(() => {
        require("../../src/wps/main");
      });
      expect(typeof g.OnAddinLoad).toBe("function");
      expect(typeof g.OnAction).toBe("function");
      expect(typeof g.GetImage).toBe("function");
      expect((g.OnAddinLoad as (ui: unknown) => boolean)({})).toBe(true);
      (g.OnAction as (c: { Id: string }) => void)({ Id: BUTTONS.openPane });
      expect(wps.panes).toHaveLength(1);
      expect(wps.panes[0].url).toMatch(/taskpane\.html$/);
    } finally {
      for (const k of ["wps", "Application", "OnAddinLoad", "OnAction", "GetImage", "ribbon"])
        delete g[k];
    }
  });
});

describe("ribbon callbacks", () => {
  test("打开助手 creates the task pane once (docked right) and shows it again later", async () => {
    const { wps, callbacks } = await setUp();
    callbacks.OnAction({ Id: BUTTONS.openPane });
    expect(wps.panes).toHaveLength(1);
    expect(wps.panes[0]).toMatchObject({
      url: "http://intranet/jxzp/taskpane.html",
      Visible: true,
      DockPosition: 2,
    });
    wps.panes[0].Visible = false;
    callbacks.OnAction({ Id: BUTTONS.openPane });
    expect(wps.panes).toHaveLength(1);
    expect(wps.panes[0].Visible).toBe(true);
  });

  test("一键重算 writes, says so on the status bar, and the pane can show and undo it", async () => {
    const { wps, host, callbacks } = await setUp();
    callbacks.OnAction({ Id: BUTTONS.recompute });
    await new Promise((r) => setTimeout(r, 0));
    expect(String(wps.et.statusBar)).toMatch(/^绩效自评：已写入 6 个单元格/);
    const seen = storageLastResult(host.storage, {
      setInterval: () => 0,
      clearInterval: () => undefined,
    }).get();
    expect(seen).toMatchObject({ kind: "result", result: { action: "recompute" } });
    const pane = createWpsPort(host, { origin: "pane" });
    expect(pane.canUndo()).toBe(true);
    expect((await pane.undo()).restored).toBeGreaterThan(0);
  });

  test("一键重算 on a read-only workbook writes nothing and says why", async () => {
    const { book, wps, callbacks } = await setUp();
    book.readOnly = true;
    callbacks.OnAction({ Id: BUTTONS.recompute });
    await new Promise((r) => setTimeout(r, 0));
    expect(String(wps.et.statusBar)).toBe("绩效自评：工作簿为只读，未做任何修改。");
  });
});
