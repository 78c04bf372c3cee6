// Bad-input catalogue, grid level: odd sheets straight into the core's evaluate, with the finding each gets.
import ExcelJS from "exceljs";
import { sheetToData } from "../../src/cli/read-xlsx";
import { evaluate } from "../../src/core";
import { parseArea, areaA1 } from "../../src/core/grid/address";
import type { Evaluation } from "../../src/core/report/types";
import type { CellValue, Finding, SheetData } from "../../src/core/types";
import { buildWorkbookWithMap, type FormMap } from "../../testkit/fixtures/build";
import { cleanForm, withIndicator } from "../../testkit/fixtures/forms";
import type { FormSpec } from "../../testkit/fixtures/spec";

function built(form: FormSpec, edit?: (ws: ExcelJS.Worksheet, map: FormMap) => void) {
  const { workbook, forms } = buildWorkbookWithMap({ sheets: [{ name: "S", forms: [{ form }] }] });
  const ws = workbook.worksheets[0];
  edit?.(ws, forms[0]);
  return { sheet: sheetToData(ws), map: forms[0] };
}

function findings(ev: Evaluation): Finding[] {
  return [...ev.sheetFindings, ...ev.forms.flatMap((f) => f.findings)];
}

function codesAt(ev: Evaluation, cell: string): string[] {
  return findings(ev)
    .filter((f) => f.cell === cell)
    .map((f) => f.code);
}

/** Inserts a copy of absolute 0-based row `from` before row `at`, shifting merges like Excel does. */
function insertRowCopy(sheet: SheetData, from: number, at: number): SheetData {
  const copyRow = <T>(rows: T[][] | undefined): T[][] | undefined => {
    if (!rows) return rows;
    const out = rows.map((r) => [...r]);
    out.splice(at - sheet.top, 0, [...rows[from - sheet.top]]);
    return out;
  };
  const merges: string[] = [];
  for (const m of sheet.merges ?? []) {
    const a = parseArea(m);
    if (a.top === from && a.bottom === from) merges.push(areaA1({ ...a, top: at, bottom: at }));
    const shift = (r: number) => (r >= at ? r + 1 : r);
    merges.push(areaA1({ ...a, top: shift(a.top), bottom: shift(a.bottom) }));
  }
  return {
    ...sheet,
    values: copyRow(sheet.values) as CellValue[][],
    formulas: copyRow(sheet.formulas),
    numberFormats: copyRow(sheet.numberFormats),
    merges,
  };
}

describe("bad-input catalogue: grids", () => {
  test("a sheet with 100 000 used rows and no form: one FORM_NOT_FOUND, nothing written", () => {
    const values: CellValue[][] = Array.from({ length: 100_000 }, (_, i) => [
      i,
      `行${i}`,
      i % 7 === 0 ? null : i * 1.5,
      "数据",
    ]);
    const ev = evaluate([{ name: "Data", top: 0, left: 0, values, merges: [] }]);
    expect(ev.forms).toEqual([]);
    expect(ev.writes).toEqual([]);
    expect(ev.sheetFindings.map((f) => [f.code, f.severity, f.sheet])).toEqual([
      ["FORM_NOT_FOUND", "info", "Data"],
    ]);
    expect(ev.sheetFindings[0].message.zh).toContain("未找到项目支出绩效自评表");
  });

  test("a form cut off before its total row: FORM_INCOMPLETE (缺少总分行), nothing written", () => {
    const { sheet, map } = built(
      cleanForm("shanxi", { funding: { total: { score: 9 } } }),
      (ws, m) => {
        for (let r = m.rows.total; r <= m.bottom; r++) {
          ws.getRow(r).eachCell((c) => {
            if (c.type !== ExcelJS.ValueType.Merge) c.value = null;
          });
        }
      }
    );
    const ev = evaluate([sheet]);
    const incomplete = findings(ev).filter((f) => f.code === "FORM_INCOMPLETE");
    expect(incomplete).toHaveLength(1);
    expect(incomplete[0].severity).toBe("error");
    expect(incomplete[0].message.zh).toContain("总分行");
    expect(incomplete[0].message.en).toContain("total row");
    expect(ev.writes).toEqual([]);
    expect(map.rows.total).toBeGreaterThan(0);
  });

  test("the indicator header repeated at a page break: one form, every indicator, no new finding", () => {
    const { sheet, map } = built(cleanForm("shanxi"));
    const clean = evaluate([sheet]);
    // Before the first 效益指标 row, where no 一级指标 merge spans the insertion.
    const at = map.indicators.find((i) => i.level1 === "效益指标")!.row - 1;
    const ev = evaluate([insertRowCopy(sheet, map.rows.indicatorHeader - 1, at)]);
    expect(ev.forms).toHaveLength(1);
    expect(ev.forms[0].indicators.map((i) => i.name)).toEqual(
      clean.forms[0].indicators.map((i) => i.name)
    );
    expect(findings(ev).map((f) => f.code)).toEqual(findings(clean).map((f) => f.code));
    expect(ev.writes).toEqual([]);
  });

  test("the indicator header row duplicated right under itself: one form, no new finding", () => {
    const { sheet, map } = built(cleanForm("central-2020"));
    const clean = evaluate([sheet]);
    const header = map.rows.indicatorHeader - 1;
    const ev = evaluate([insertRowCopy(sheet, header, header + 1)]);
    expect(ev.forms).toHaveLength(1);
    expect(ev.forms[0].indicators.map((i) => i.name)).toEqual(
      clean.forms[0].indicators.map((i) => i.name)
    );
    expect(findings(ev).map((f) => f.code)).toEqual(findings(clean).map((f) => f.code));
    expect(ev.writes).toEqual([]);
  });

  test("#DIV/0! and #REF! values: CELL_ERROR_VALUE alone on those cells, never written", () => {
    const { sheet, map } = built(cleanForm("shanxi"), (ws, m) => {
      const total = m.funding.total.cells;
      ws.getCell(total.rate).value = {
        formula: `${total.executed}/${total.budget}`,
        result: { error: "#DIV/0!" },
      } as ExcelJS.CellFormulaValue;
      ws.getCell(total.budget).value = { error: "#REF!" } as ExcelJS.CellErrorValue;
      // A deleted row leaves #REF! in a formula: the result is an error, the formula stays.
      ws.getCell(m.indicators[0].cells.score).value = {
        formula: "#REF!*1",
        result: { error: "#REF!" },
      } as ExcelJS.CellFormulaValue;
    });
    const ev = evaluate([sheet]);
    const total = map.funding.total.cells;
    // One problem, one finding: never also "not a number" or a wrong formula result.
    expect(codesAt(ev, total.budget)).toEqual(["CELL_ERROR_VALUE"]);
    expect(codesAt(ev, total.rate)).toEqual(["CELL_ERROR_VALUE"]);
    expect(codesAt(ev, map.indicators[0].cells.score)).toEqual(["CELL_ERROR_VALUE"]);
    const written = ev.writes.map((w) => w.cell);
    expect(written).not.toContain(total.rate);
    expect(written).not.toContain(total.budget);
    expect(written).not.toContain(map.indicators[0].cells.score);
  });

  test("dates as serial numbers: a date-formatted serial is a date; a bare serial is not misread", () => {
    const date = new Date(Date.UTC(2022, 10, 30));
    const formatted = built(withIndicator(cleanForm("shanxi"), 2, { actual: date }));
    const ev = evaluate([formatted.sheet]);
    const ind = ev.forms[0].indicators[2];
    expect(ind.method).toBe("date");
    expect(ind.computed).toBe("10");
    expect(findings(ev).filter((f) => f.severity !== "info")).toEqual([]);

    // 44895 with a General format: Excel shows a number, so it is not taken for a date.
    const bare = built(withIndicator(cleanForm("shanxi"), 2, { actual: 44895 }));
    const ev2 = evaluate([bare.sheet]);
    expect(ev2.forms[0].indicators[2].method).not.toBe("date");
    expect(ev2.writes).toEqual([]);
    expect(findings(ev2).filter((f) => f.severity === "error")).toEqual([]);
  });

  test("formulas in computed cells: a wrong result is FORMULA_RESULT_MISMATCH, no formula cell is written", () => {
    const form = cleanForm("shanxi", {
      funding: {
        total: {
          rate: { formula: "{executed}/{budget}", value: 0.9, numFmt: "0.00%" },
          balance: { formula: "{budget}-{executed}", value: 5 },
        },
      },
      total: {
        score: { formula: "{fund.score}+SUM({ind.score.first}:{ind.score.last})", value: 98 },
      },
    });
    const { sheet, map } = built(form);
    const ev = evaluate([sheet]);
    const total = map.funding.total.cells;
    expect(codesAt(ev, total.rate)).toEqual(["FORMULA_RESULT_MISMATCH"]);
    expect(codesAt(ev, map.cells.totalScore)).toEqual(["FORMULA_RESULT_MISMATCH"]);
    expect(codesAt(ev, total.balance as string)).toEqual([]);
    const formulaCells = new Set([total.rate, total.balance, map.cells.totalScore]);
    expect(ev.writes.filter((w) => formulaCells.has(w.cell))).toEqual([]);
    const mismatch = findings(ev).find((f) => f.cell === total.rate)!;
    expect(mismatch.message.zh).toContain("公式不会被改写");
  });

  test("a 32 767-character project name and <script> text come back as data, unchanged", () => {
    const long = "项".repeat(32_767);
    const script = "<script>alert(1)</script><img src=x onerror=alert(1)>";
    for (const project of [long, script]) {
      const ev = evaluate([built(cleanForm("sichuan", { project })).sheet]);
      expect(ev.forms[0].project).toBe(project);
      expect(ev.writes).toEqual([]);
    }
  });
});
