// Highlight marks and 清除标记: originals saved in the workbook, restored exactly (No Fill ≠ white), even after reopening.
import { HIGHLIGHT_COLORS, MARKS_KEY } from "../../src/excel/highlight-store";
import { mistakesForm } from "../../testkit/fixtures/mistakes";
import type { WorkbookSpec } from "../../testkit/fixtures/spec";
import type { EmulatedWorkbook } from "../../testkit/emulator";
import { emulatorOf, fillsOf, portOf } from "./helpers";
import { statusText } from "../../src/taskpane/status";

const SHEET = "表1";
const SPEC: WorkbookSpec = { sheets: [{ name: SHEET, forms: [{ form: mistakesForm("shanxi") }] }] };

/** The cells a check marks, found by a throw-away run on a copy. */
async function markedCells(): Promise<string[]> {
  const wb = emulatorOf(SPEC);
  const r = await portOf(wb).check("sheet");
  return [...new Set((r.evaluation?.highlights ?? []).map((h) => h.cell))].sort();
}

/** Gives the first marked cells a white fill, a blue fill, a patterned fill; the rest keep No Fill. */
function paintOriginals(wb: EmulatedWorkbook, cells: string[]): void {
  const fills = [
    { color: "#FFFFFF", pattern: "Solid", tintAndShade: 0 },
    { color: "#00B0F0", pattern: "Solid", tintAndShade: 0 },
    { color: "#92D050", pattern: "Gray50", tintAndShade: 0.4 },
  ];
  fills.forEach((fill, i) => {
    const cell = wb.cell(SHEET, cells[i]) ?? { value: "" };
    wb.setCell(SHEET, cells[i], { ...cell, fill });
  });
}

describe("marks", () => {
  let cells: string[];
  beforeAll(async () => {
    cells = await markedCells();
    expect(cells.length).toBeGreaterThan(4);
  });

  it("restores white, coloured, patterned and No Fill cells exactly, from a new port (pane reopened)", async () => {
    const wb = emulatorOf(SPEC);
    paintOriginals(wb, cells);
    const original = fillsOf(wb.model, SHEET);
    await portOf(wb).check("sheet");
    for (const c of cells)
      expect([HIGHLIGHT_COLORS.error, HIGHLIGHT_COLORS.warning]).toContain(
        wb.cell(SHEET, c)?.fill?.color
      );
    const reopened = portOf(wb);
    wb.resetSyncCount();
    const r = await reopened.clearMarks();
    expect(r.restored).toBe(cells.length);
    expect(fillsOf(wb.model, SHEET)).toEqual(original);
    expect(wb.cell(SHEET, cells[3])?.fill).toBeUndefined();
    expect(wb.model.settings[MARKS_KEY]).toBeUndefined();
    expect(wb.syncCount).toBe(2);
  });

  it("keeps the first originals when a check runs twice", async () => {
    const wb = emulatorOf(SPEC);
    paintOriginals(wb, cells);
    const original = fillsOf(wb.model, SHEET);
    const port = portOf(wb);
    await port.check("sheet");
    await port.check("sheet");
    await port.clearMarks();
    expect(fillsOf(wb.model, SHEET)).toEqual(original);
  });

  it("restores the marks a recompute fixed and keeps the remaining ones", async () => {
    const wb = emulatorOf(SPEC);
    paintOriginals(wb, cells);
    const original = fillsOf(wb.model, SHEET);
    const port = portOf(wb);
    await port.check("sheet");
    const r = await port.recompute("sheet");
    const still = new Set((r.evaluation?.highlights ?? []).map((h) => h.cell));
    expect(still.size).toBeLessThan(cells.length);
    for (const c of cells) {
      if (still.has(c)) expect(wb.cell(SHEET, c)?.fill?.color).toMatch(/^#FF(C7CE|EB9C)$/);
      else expect(wb.cell(SHEET, c)?.fill).toEqual(original[c]);
    }
    await port.clearMarks();
    expect(fillsOf(wb.model, SHEET)).toEqual(original);
  });

  it("clears cells in our exact colours when the saved snapshot is gone", async () => {
    const wb = emulatorOf(SPEC);
    wb.setCell(SHEET, "Z1", { value: "x", fill: { color: "#FFC000" } });
    await portOf(wb).check("sheet");
    delete wb.model.settings[MARKS_KEY];
    wb.resetSyncCount();
    const r = await portOf(wb).clearMarks();
    expect(r.restored).toBe(cells.length);
    expect(fillsOf(wb.model, SHEET)).toEqual({ Z1: { color: "#FFC000" } });
    expect(wb.syncCount).toBe(3);
  });

  it("says there is nothing to clear on a clean workbook, without writing", async () => {
    const wb = emulatorOf(SPEC);
    const before = wb.toModelJSON();
    const r = await portOf(wb).clearMarks();
    expect(r.restored).toBe(0);
    expect(r.unmarked).toBeNull();
    expect(statusText(r).zh).toBe("没有需要清除的标记。");
    expect(wb.toModelJSON()).toEqual(before);
  });

  it("keeps the marks of a sheet protected since, and restores the others", async () => {
    const spec: WorkbookSpec = {
      sheets: [
        { name: SHEET, forms: [{ form: mistakesForm("shanxi") }] },
        { name: "表2", forms: [{ form: mistakesForm("shanxi") }] },
      ],
    };
    const wb = emulatorOf(spec);
    await portOf(wb).check("workbook");
    wb.setProtected("表2", true);
    const marked2 = fillsOf(wb.model, "表2");
    const r = await portOf(wb).clearMarks();
    expect(fillsOf(wb.model, SHEET)).toEqual({});
    expect(fillsOf(wb.model, "表2")).toEqual(marked2);
    expect(r.unmarked).toEqual({ why: "protected", sheets: ["表2"] });
    expect(statusText(r).zh).toContain("表2");
    expect(JSON.parse(wb.model.settings[MARKS_KEY] as string).sheets).toHaveProperty("表2");
  });

  it("on ExcelApi 1.4 (no pattern/tintAndShade) takes white for No Fill and restores by clearing", async () => {
    const wb = emulatorOf(SPEC, { apiVersion: "1.4" });
    paintOriginals(wb, cells);
    await portOf(wb).check("sheet");
    await portOf(wb).clearMarks();
    expect(wb.cell(SHEET, cells[0])?.fill).toBeUndefined(); // white could not be told from No Fill
    expect(wb.cell(SHEET, cells[1])?.fill).toEqual({
      color: "#00B0F0",
      pattern: "Solid",
      tintAndShade: 0,
    });
  });
});
