// The WPS adapter refuses as the Excel adapter does, in the pane's words: a protected sheet (checked
// without marks, never written), a read-only workbook, cell edit mode, an empty sheet, no workbook.
import { buildXlsx } from "../../testkit/fixtures/build";
import { mistakesForm } from "../../testkit/fixtures/mistakes";
import { emptySheet, fakeBookFromBytes, fakeWps, type FakeBook } from "../../testkit/wps-fake";
import { createWpsPort } from "../../src/wps/port";
import { changedCells, contentsOf, MODES, rejectionOf, rigOf, stacked } from "./helpers";

// Each case builds its workbook; a shared CI machine can be several times slower than a laptop.
jest.setTimeout(30_000);

async function book(): Promise<FakeBook> {
  return fakeBookFromBytes(new Uint8Array(await buildXlsx(stacked(mistakesForm("shanxi"), 1))));
}

const hasFill = (b: FakeBook) => b.sheets.some((s) => [...s.cells.values()].some((c) => c.fill));

describe.each(MODES)("refusals (%s mode)", (mode) => {
  test("a protected sheet is checked without marks; recompute, undo and clear leave it alone", async () => {
    const b = await book();
    b.sheets[0].protected = true;
    const before = contentsOf(b);
    const { port } = rigOf(b, mode);
    const r = await port.check("sheet");
    expect(r.counts?.errors).toBeGreaterThan(0);
    expect(r.highlighted).toBe(0);
    expect(r.unmarked).toEqual({ why: "protected", sheets: [b.sheets[0].name] });
    const { error, words } = await rejectionOf(port.recompute("sheet"));
    expect(error.refusal).toEqual({ kind: "sheetProtected", sheets: [b.sheets[0].name] });
    expect(words.zh).toContain("受保护");
    expect(changedCells(before, contentsOf(b))).toEqual([]);
    expect(hasFill(b)).toBe(false);
  });

  test("a sheet protected after a recompute refuses the undo", async () => {
    const b = await book();
    const { port } = rigOf(b, mode);
    await port.recompute("sheet");
    b.sheets[0].protected = true;
    const { error } = await rejectionOf(port.undo());
    expect(error.refusal).toEqual({ kind: "sheetProtected", sheets: [b.sheets[0].name] });
    expect(port.canUndo()).toBe(true);
  });

  test("a read-only workbook is checked without marks and refuses every write", async () => {
    const b = await book();
    b.readOnly = true;
    const before = contentsOf(b);
    const { port } = rigOf(b, mode);
    const r = await port.check("sheet");
    expect(r.unmarked).toEqual({ why: "readOnly" });
    for (const action of [port.recompute("sheet"), port.clearMarks(), port.undo()]) {
      const { error, words } = await rejectionOf(action);
      expect(error.refusal).toEqual({ kind: "readOnly" });
      expect(words.zh).toContain("只读");
    }
    expect(changedCells(before, contentsOf(b))).toEqual([]);
    expect(hasFill(b)).toBe(false);
  });

  test("while a cell is being edited (Application.Ready false) nothing runs", async () => {
    const b = await book();
    const rig = rigOf(b, mode);
    rig.wps.et.ready = false;
    const { error, words } = await rejectionOf(rig.port.recompute("sheet"));
    expect(error.refusal).toEqual({ kind: "office", code: "InvalidOperation" });
    expect(words.zh).toContain("编辑单元格");
    rig.wps.et.ready = true;
    expect((await rig.port.recompute("sheet")).written).toBeGreaterThan(0);
  });

  test("an empty active sheet, a workbook without data, and no workbook at all", async () => {
    const empty: FakeBook = {
      name: "a.xlsx",
      fullName: "a.xlsx",
      readOnly: false,
      sheets: [emptySheet("Sheet1")],
      active: 0,
    };
    const { port } = rigOf(empty, mode);
    expect((await rejectionOf(port.check("sheet"))).error.refusal).toEqual({
      kind: "emptySheet",
      sheet: "Sheet1",
    });
    expect((await rejectionOf(port.check("workbook"))).error.refusal).toEqual({ kind: "noSheets" });
    const none = fakeWps(null, { mode });
    const nobody = createWpsPort({ app: none.et.Application, storage: none.PluginStorage });
    expect((await rejectionOf(nobody.check("sheet"))).error.refusal).toEqual({ kind: "noSheets" });
    expect(nobody.canUndo()).toBe(false);
  });

  test("select activates the sheet and selects the cell; a missing sheet is 'not found'", async () => {
    const b = await book();
    const rig = rigOf(b, mode);
    await rig.port.select(b.sheets[0].name, "I7");
    expect(rig.wps.et.selection).toEqual({ sheet: b.sheets[0].name, cell: "I7" });
    const { error, words } = await rejectionOf(rig.port.select("不存在", "A1"));
    expect(error.refusal).toEqual({ kind: "office", code: "ItemNotFound" });
    expect(words.zh).toContain("找不到");
  });

  test("every outcome, refusals included, is published for the other pages", async () => {
    const b = await book();
    b.readOnly = true;
    const rig = rigOf(b, mode);
    await rejectionOf(rig.port.recompute("sheet"));
    const { lastOutcome } = await import("../../src/wps/storage");
    expect(lastOutcome(rig.host.storage)).toMatchObject({
      kind: "error",
      action: "recompute",
      code: "READ_ONLY",
      origin: "pane",
    });
  });
});
