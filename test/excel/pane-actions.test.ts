// What the pane's checklist needs from the adapter: the change list, the marks count and switch,
// clear following the scope, undo restoring only the untouched cells, settings kept in the workbook.
import { mistakesForm } from "../../testkit/fixtures/mistakes";
import type { WorkbookSpec } from "../../testkit/fixtures/spec";
import { contentOf, emulatorOf, fillsOf, portOf, rejectionOf } from "./helpers";

const A = "表1";
const B = "表2";
const SPEC: WorkbookSpec = {
  sheets: [
    { name: A, forms: [{ form: mistakesForm("shanxi") }] },
    { name: B, forms: [{ form: mistakesForm("shanxi") }] },
  ],
};

describe("adapter for the checklist pane", () => {
  it("recompute lists every written cell with its old and new value, in the same syncs", async () => {
    const wb = emulatorOf(SPEC);
    const port = portOf(wb);
    wb.resetSyncCount();
    const r = await port.recompute("sheet");
    expect(wb.syncCount).toBe(3);
    expect(r.changes).toHaveLength(r.written);
    expect(r.changes.length).toBeGreaterThan(0);
    for (const c of r.changes) {
      expect(c.sheet).toBe(wb.model.activeSheet);
      expect(String(wb.cell(c.sheet, c.cell)?.value)).toBe(c.after);
      expect(c.before).not.toBe(c.after);
    }
  });

  it("check counts the marks left on the workbook; with marks off it paints nothing", async () => {
    const wb = emulatorOf(SPEC);
    const port = portOf(wb);
    const off = await port.check("sheet", undefined, { mark: false });
    expect(off.highlighted).toBe(0);
    expect(off.marked).toBe(0);
    expect(fillsOf(wb.model, A)).toEqual({});
    const on = await port.check("workbook");
    expect(on.marked).toBe(on.highlighted);
    expect(on.marked).toBeGreaterThan(0);
    // Marks off keeps (and still counts) the marks already there.
    const again = await port.check("sheet", undefined, { mark: false });
    expect(again.marked).toBe(on.marked);
  });

  it("清除标记 in sheet scope restores the active sheet only and reports what is left", async () => {
    const wb = emulatorOf(SPEC);
    const port = portOf(wb);
    const checked = await port.check("workbook");
    const active = wb.model.activeSheet;
    const other = active === A ? B : A;
    const otherFills = fillsOf(wb.model, other);
    const r = await port.clearMarks("sheet");
    expect(fillsOf(wb.model, active)).toEqual({});
    expect(fillsOf(wb.model, other)).toEqual(otherFills);
    expect(r.marked).toBe(Object.keys(otherFills).length);
    expect(r.restored + (r.marked ?? 0)).toBe(checked.marked);
    const all = await port.clearMarks();
    expect(all.marked).toBe(0);
    expect(fillsOf(wb.model, other)).toEqual({});
  });

  it("撤销 refuses with every changed cell listed, then restores only the others when asked", async () => {
    const wb = emulatorOf(SPEC);
    const port = portOf(wb);
    const sheet = wb.model.activeSheet;
    const before = contentOf(wb.model, sheet);
    const r = await port.recompute("sheet");
    const [edited, ...rest] = r.changes;
    wb.setCell(sheet, edited.cell, { value: 1234 });
    const { error } = await rejectionOf(port.undo());
    expect(error.refusal).toEqual({
      kind: "undoCellsChanged",
      cells: [`${sheet}!${edited.cell}`],
      restorable: rest.length,
    });
    const undone = await port.undo("unchanged");
    expect(undone.restored).toBe(rest.length);
    const after = contentOf(wb.model, sheet);
    for (const c of rest) expect(after[c.cell]).toEqual(before[c.cell]);
    expect(wb.cell(sheet, edited.cell)?.value).toBe(1234);
    expect(port.canUndo()).toBe(false);
  });

  it("keeps the pane's settings in the workbook (one sync each), unreadable ones as null", async () => {
    const wb = emulatorOf(SPEC);
    const port = portOf(wb);
    expect(await port.loadSettings?.()).toBeNull();
    wb.resetSyncCount();
    await port.saveSettings?.({ profile: "sichuan", mark: false });
    expect(wb.syncCount).toBe(1);
    expect(await portOf(wb).loadSettings?.()).toEqual({ profile: "sichuan", mark: false });
  });

  it("watch resolves to null where the host cannot report edits (below ExcelApi 1.9), never throwing", async () => {
    const wb = emulatorOf(SPEC, { apiVersion: "1.8" });
    await expect(portOf(wb).watch?.(() => undefined)).resolves.toBeNull();
    expect(wb.syncCount).toBe(0);
  });

  it("watch hears the user's edits from ExcelApi 1.9 and stops when unsubscribed", async () => {
    const wb = emulatorOf(SPEC, { apiVersion: "1.9" });
    const heard: number[] = [];
    const stop = await portOf(wb).watch?.(() => heard.push(1));
    expect(stop).toEqual(expect.any(Function));
    wb.setCell("表1", "Z99", { value: 1 });
    await new Promise((r) => setTimeout(r, 0));
    expect(heard).toHaveLength(1);
    stop!();
    // The removal is a batch of its own, run in the background.
    for (let i = 0; i < 50 && wb.changeHandlers.size > 0; i++)
      await new Promise((r) => setTimeout(r, 1));
    expect(wb.changeHandlers.size).toBe(0);
    wb.setCell("表1", "Z98", { value: 2 });
    await new Promise((r) => setTimeout(r, 0));
    expect(heard).toHaveLength(1);
  });

  it("watch ignores the add-in's own writes where Excel says so (triggerSource, ExcelApi 1.14)", async () => {
    for (const [apiVersion, own] of [
      ["1.14", 0],
      ["1.13", 1],
    ] as const) {
      const wb = emulatorOf(SPEC, { apiVersion });
      const port = portOf(wb);
      const heard: number[] = [];
      await port.watch?.(() => heard.push(1));
      const result = await port.recompute("sheet");
      await new Promise((r) => setTimeout(r, 0));
      expect(result.written).toBeGreaterThan(0);
      // Below 1.14 each written cell reaches the handler; the pane's echo window absorbs them.
      expect(heard.length > 0 ? 1 : 0).toBe(own);
    }
  });
});
