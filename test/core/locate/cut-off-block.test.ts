// A form whose total row lost its 总分 label, with another form right below it: the indicator block
// ends where the next thing begins, never reading it as indicators or reporting findings outside.
import type ExcelJS from "exceljs";
import { cleanForm } from "../../../testkit/fixtures/forms";
import { seedForms } from "../../../testkit/fixtures/seed";
import { expectFindingsInside, stacked } from "./stacked";

/** A central form without a title at B1 and a titled Shanxi form straight under it (no gap). */
const centralOverShanxi = [
  { form: { ...cleanForm("central-2020"), title: null }, origin: "B1" },
  { form: cleanForm("shanxi"), origin: "A1", gapRows: 0 },
];

/** A formula cell showing `result`: a text, or an error such as `{ error: "#DIV/0!" }`. */
const formulaShowing = (result: string | ExcelJS.CellErrorValue) =>
  ({ formula: "1+1", result }) as ExcelJS.CellFormulaValue;

describe("a block cut off before its total row", () => {
  test("ends at the next form's title: the title row is not an indicator", () => {
    const { evaluation } = stacked(centralOverShanxi, (ws, [upper]) => {
      ws.getCell(upper.cells.totalLabel).value = "";
    });
    const names = evaluation.forms[0].indicators.map((i) => i.name);
    expect(names).not.toContain("项目支出绩效自评表");
    expectFindingsInside(evaluation.forms[0]);
  });

  test("ends at the 项目绩效分析 section under it (the seed form, its total label and title numbers)", () => {
    const forms = [
      { form: seedForms[0], origin: "B1" },
      { form: cleanForm("shanxi"), origin: "A1", gapRows: 0 },
    ];
    const { evaluation, maps } = stacked(forms, (ws, [upper]) => {
      ws.getCell(upper.cells.totalLabel).value = 0;
      ws.getCell(upper.cells.title!).value = 0;
    });
    expect(maps[0].cells.analysisTitle).toBeDefined();
    const names = evaluation.forms[0].indicators.map((i) => i.name);
    expect(names.some((n) => /情况及分析|经验做法/.test(n))).toBe(false);
    expectFindingsInside(evaluation.forms[0]);
  });

  test("ends at a row merged across it, even when the next form's title shows #DIV/0!", () => {
    const { evaluation } = stacked(centralOverShanxi, (ws, [upper, lower]) => {
      ws.getCell(upper.cells.totalLabel).value = formulaShowing("x");
      ws.getCell(lower.cells.title!).value = formulaShowing({ error: "#DIV/0!" });
    });
    expectFindingsInside(evaluation.forms[0]);
  });
});
