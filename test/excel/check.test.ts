// 检查 through the adapter: same findings as the core on the same sheet, bounded syncs, fills, degraded hosts.
import { evaluate } from "../../src/core";
import type { Evaluation } from "../../src/core/report/types";
import { sheetToData } from "../../src/cli/read-xlsx";
import { HIGHLIGHT_COLORS, MARKS_KEY } from "../../src/excel/highlight-store";
import { AddinError } from "../../src/excel/port";
import { buildWorkbook } from "../../testkit/fixtures/build";
import { cleanForm } from "../../testkit/fixtures/forms";
import { mistakesForm } from "../../testkit/fixtures/mistakes";
import { seedWorkbookSpec } from "../../testkit/fixtures/seed";
import type { FormSpec, WorkbookSpec } from "../../testkit/fixtures/spec";
import { EmulatedWorkbook } from "../../testkit/emulator";
import { modelFromExcelJs } from "../../testkit/emulator/from-xlsx";
import { emulatorOf, fillsOf, portOf } from "./helpers";
import { refusalText, statusText } from "../../src/taskpane/status";

function stacked(form: FormSpec, n: number, name = "表1"): WorkbookSpec {
  return { sheets: [{ name, forms: Array.from({ length: n }, () => ({ form })) }] };
}

function findingKeys(ev: Evaluation | null): string[] {
  if (!ev) return [];
  return [...ev.sheetFindings, ...ev.forms.flatMap((f) => f.findings)]
    .map((f) => `${f.sheet}!${f.cell} ${f.code} ${f.severity}`)
    .sort();
}

describe("check", () => {
  const seedSpec = seedWorkbookSpec("stacked");
  const direct = evaluate(buildWorkbook(seedSpec).worksheets.map(sheetToData));

  it("finds on the seed sheet what the core finds on the same sheet read by the CLI", async () => {
    const wb = emulatorOf(seedSpec);
    const result = await portOf(wb).check("sheet");
    expect(result.evaluation?.forms.map((f) => f.project)).toEqual(
      direct.forms.map((f) => f.project)
    );
    expect(result.evaluation?.forms).toHaveLength(3);
    expect(findingKeys(result.evaluation)).toEqual(findingKeys(direct));
    expect(result.evaluation?.writes.map((w) => `${w.cell}=${w.value}`)).toEqual(
      direct.writes.map((w) => `${w.cell}=${w.value}`)
    );
    expect(result.written).toBe(0);
  });

  it("uses 2 syncs for a sheet (read, write marks)", async () => {
    const wb = emulatorOf(seedSpec);
    await portOf(wb).check("sheet");
    expect(wb.syncCount).toBe(2);
  });

  it("needs the same number of syncs for 1 form and 50 stacked forms", async () => {
    const counts: number[] = [];
    for (const n of [1, 50]) {
      const wb = emulatorOf(stacked(mistakesForm("shanxi"), n));
      const r = await portOf(wb).check("sheet");
      expect(r.evaluation?.forms).toHaveLength(n);
      counts.push(wb.syncCount);
    }
    expect(counts[0]).toBe(counts[1]);
    expect(counts[0]).toBeLessThanOrEqual(2);
  }, 60_000);

  it("checks every visible sheet in ≤ 4 syncs and skips hidden ones", async () => {
    const spec = seedWorkbookSpec("per-sheet");
    const model = modelFromExcelJs(buildWorkbook(spec));
    model.sheets[2].visibility = "Hidden";
    const wb = new EmulatedWorkbook(model);
    const r = await portOf(wb).check("workbook");
    expect(r.evaluation?.forms.map((f) => f.sheet)).toEqual([
      model.sheets[0].name,
      model.sheets[1].name,
    ]);
    expect(wb.syncCount).toBeLessThanOrEqual(4);
  });

  it("paints error cells #FFC7CE and warning cells #FFEB9C and saves the originals in the settings", async () => {
    const wb = emulatorOf(stacked(mistakesForm("shanxi"), 1));
    const r = await portOf(wb).check("sheet");
    const highlights = r.evaluation?.highlights ?? [];
    expect(highlights.some((h) => h.severity === "error")).toBe(true);
    expect(highlights.some((h) => h.severity === "warning")).toBe(true);
    const fills = fillsOf(wb.model, "表1");
    for (const h of highlights) {
      const worst = highlights.some((x) => x.cell === h.cell && x.severity === "error")
        ? "error"
        : h.severity;
      expect(fills[h.cell]).toEqual({
        color: HIGHLIGHT_COLORS[worst],
        pattern: "Solid",
        tintAndShade: 0,
      });
    }
    expect(Object.keys(fills).sort()).toEqual([...new Set(highlights.map((h) => h.cell))].sort());
    expect(r.highlighted).toBe(new Set(highlights.map((h) => h.cell)).size);
    expect(typeof wb.model.settings[MARKS_KEY]).toBe("string");
  });

  it.each([
    ["merged areas unsupported (ExcelApi 1.9)", { apiVersion: "1.9" }, 2],
    ["merged areas failing (retried once without them)", { mergedAreas: "fail" as const }, 3],
  ])("still finds the forms with %s", async (_label, options, syncs) => {
    const wb = emulatorOf(seedSpec, options);
    const r = await portOf(wb).check("sheet");
    expect(r.evaluation?.forms).toHaveLength(3);
    expect(findingKeys(r.evaluation)).toEqual(findingKeys(direct));
    expect(wb.syncCount).toBe(syncs);
  });

  it("degrades on ExcelApi 1.4 (no getCellProperties): one more sync to read the fills to save", async () => {
    const wb = emulatorOf(stacked(mistakesForm("shanxi"), 1), { apiVersion: "1.4" });
    const r = await portOf(wb).check("sheet");
    expect(r.highlighted).toBeGreaterThan(0);
    expect(wb.syncCount).toBe(3);
  });

  it("refuses a host below ExcelApi 1.4 before any sync", async () => {
    const wb = emulatorOf(seedSpec, { apiVersion: "1.3" });
    await expect(portOf(wb).check("sheet")).rejects.toMatchObject({ code: "API_UNSUPPORTED" });
    expect(wb.syncCount).toBe(0);
  });

  it("reports an empty sheet with a message and writes nothing", async () => {
    for (const emptyUsedRange of ["null", "A1"] as const) {
      const wb = new EmulatedWorkbook(
        { activeSheet: "空表", settings: {}, sheets: [{ name: "空表", cells: {}, merges: [] }] },
        { emptyUsedRange }
      );
      const err = await portOf(wb)
        .check("sheet")
        .catch((e: unknown) => e);
      expect(err).toBeInstanceOf(AddinError);
      expect(err).toMatchObject({ code: "EMPTY_SHEET" });
      expect((err as AddinError).refusal).toEqual({ kind: "emptySheet", sheet: "空表" });
      expect(refusalText((err as AddinError).refusal).zh).toContain("空表");
      expect(wb.syncCount).toBe(1);
    }
  });

  it("checks a protected sheet without marking it", async () => {
    const wb = emulatorOf(stacked(mistakesForm("shanxi"), 1));
    wb.setProtected("表1", true);
    const before = wb.toModelJSON();
    const r = await portOf(wb).check("sheet");
    expect(findingKeys(r.evaluation).length).toBeGreaterThan(0);
    expect(r.highlighted).toBe(0);
    expect(r.unmarked).toEqual({ why: "protected", sheets: ["表1"] });
    expect(statusText(r).zh).toContain("受保护");
    expect(wb.toModelJSON()).toEqual(before);
    expect(wb.syncCount).toBe(1);
  });

  it("does not mark a read-only workbook", async () => {
    const wb = emulatorOf(stacked(mistakesForm("shanxi"), 1));
    const before = wb.toModelJSON();
    const r = await portOf(wb, { readOnly: true }).check("sheet");
    expect(r.highlighted).toBe(0);
    expect(r.unmarked).toEqual({ why: "readOnly" });
    expect(statusText(r).zh).toContain("只读");
    expect(wb.toModelJSON()).toEqual(before);
  });

  it("reads the sheet that was active when the action started", async () => {
    const spec: WorkbookSpec = {
      sheets: [
        { name: "甲", forms: [{ form: cleanForm("shanxi") }] },
        { name: "乙", forms: [{ form: mistakesForm("shanxi") }] },
      ],
    };
    const wb = emulatorOf(spec);
    wb.model.activeSheet = "乙";
    const r = await portOf(wb).check("sheet");
    expect(r.evaluation?.forms.map((f) => f.sheet)).toEqual(["乙"]);
  });
});
