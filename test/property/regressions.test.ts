// Regressions: the defects the property tests found, each pinned as one fixed case.
import { sheetToData } from "../../src/cli/read-xlsx";
import { evaluate } from "../../src/core";
import type { FormReport } from "../../src/core/report/types";
import { inArea, parseA1, parseArea } from "../../src/core/grid/address";
import { applyWrites } from "../core/apply";
import { buildWorkbookWithMap } from "../../testkit/fixtures/build";
import { cleanForm, points, withIndicator } from "../../testkit/fixtures/forms";
import { mistakesForm } from "../../testkit/fixtures/mistakes";
import type { WorkbookSpec } from "../../testkit/fixtures/spec";
import type { Case } from "./arbitraries";
import { buildCase } from "./mutate";

function evaluateSpec(spec: WorkbookSpec) {
  const { workbook, forms } = buildWorkbookWithMap(spec);
  const sheets = workbook.worksheets.map(sheetToData);
  return { sheets, forms, ev: evaluate(sheets) };
}

function evaluateCase(c: Case) {
  const sheets = buildCase(c).workbook.worksheets.map(sheetToData);
  return evaluate(sheets);
}

/** Every finding of the form points at a cell inside the form's range. */
function expectFindingsInside(form: FormReport): void {
  const area = parseArea(form.range);
  for (const f of form.findings) {
    const p = parseA1(f.cell);
    expect({ cell: f.cell, inside: inArea(area, p.r, p.c) }).toEqual({
      cell: f.cell,
      inside: true,
    });
  }
}

const choice = {
  seedIndex: 0,
  seedNumeric: false,
  storage: "asis",
  originRow: 1,
  gapRows: 0,
  fullWidthSpaces: false,
  mergeLevels: false,
} as const;

describe("defects found by the property tests, now fixed", () => {
  test("BUG 1 (src/core/locate): a sichuan form's range leaves out its 自评等级 row", () => {
    const { ev, forms } = evaluateSpec({
      sheets: [{ name: "S", forms: [{ form: mistakesForm("sichuan") }] }],
    });
    const grade = parseA1(forms[0].cells.grade as string);
    expect(inArea(parseArea(ev.forms[0].range), grade.r, grade.c)).toBe(true);
  });

  test("BUG 2 (src/core/locate): a form with no readable block gets a range like A1:12", () => {
    // A central form whose 年度资金总额 label and indicator header were overwritten.
    const ev = evaluateCase({
      arrangement: "stacked",
      sheetNames: ["S"],
      forms: [
        { ...choice, layout: "central-2020", base: "clean", originCol: 1, noTitle: false },
        { ...choice, layout: "shanxi", base: "clean", originCol: 1, noTitle: false },
      ],
      chaos: true,
      mutations: [
        { form: 0, cell: 1729026286, value: { kind: "text", value: "0" } },
        { form: 0, cell: 1295189680, value: { kind: "text", value: "0.00%" } },
      ],
      merges: [],
    });
    for (const f of ev.forms) expect(f.range).toMatch(/^[A-Z]+\d+:[A-Z]+\d+$/);
  });

  test("BUG 3 (src/core/locate): a form cut off before its total row reads the next form's title rows as indicators", () => {
    // The first form's 总分 label is blanked; the second form starts right under it.
    const ev = evaluateCase({
      arrangement: "stacked",
      sheetNames: ["S"],
      forms: [
        { ...choice, layout: "central-2020", base: "clean", originCol: 2, noTitle: true },
        { ...choice, layout: "shanxi", base: "clean", originCol: 1, noTitle: false },
      ],
      chaos: true,
      mutations: [{ form: 499715366, cell: 1031933349, value: { kind: "text", value: "" } }],
      merges: [],
    });
    const names = ev.forms[0].indicators.map((i) => i.name);
    expect(names).not.toContain("项目支出绩效自评表");
    expectFindingsInside(ev.forms[0]);
  });

  test("BUG 4 (src/core/score): a full score on a weight with 3 decimals is rounded above the weight", () => {
    // docs/rules.md §4: every computed score is round2 and never above the weight; 10.005 → 10.01 breaks it.
    const form = withIndicator(cleanForm("shanxi"), 6, {
      weight: points(10.005),
      score: points(9),
    });
    const { sheets, ev } = evaluateSpec({ sheets: [{ name: "S", forms: [{ form }] }] });
    const again = evaluate(applyWrites(sheets, ev.writes));
    const codes = again.forms[0].findings.map((f) => f.code);
    expect(codes).not.toContain("IND_SCORE_OVER_WEIGHT");
  });

  test("BUG 5 (src/core rules vs patch): a wrong budget-score formula makes the written total fail TOTAL_MISMATCH", () => {
    // 得分 = a formula showing 9 instead of 9.50: never overwritten, so the total written is 99;
    // TOTAL_MISMATCH then adds the computed 9.50 and flags the 99 it was just given.
    const form = cleanForm("shanxi", {
      funding: { total: { score: { formula: "ROUND({rate}*10,0)", value: 9 } } },
      total: { score: points(90) },
    });
    const { sheets, ev } = evaluateSpec({ sheets: [{ name: "S", forms: [{ form }] }] });
    expect(ev.writes.map((w) => w.role)).toContain("total");
    const again = evaluate(applyWrites(sheets, ev.writes));
    expect(again.forms[0].findings.map((f) => f.code)).not.toContain("TOTAL_MISMATCH");
  });

  test("BUG 6 (src/core/locate, npm run fuzz): a form that lost its 总分 label reads its 项目绩效分析 section as indicators", () => {
    // The seed form's total label is replaced by 0; its analysis section follows the total row.
    const ev = evaluateCase({
      arrangement: "stacked",
      sheetNames: ["S"],
      forms: [
        { ...choice, layout: "shanxi", base: "seed", originCol: 2, noTitle: false },
        { ...choice, layout: "shanxi", base: "clean", originCol: 1, noTitle: false },
      ],
      chaos: true,
      mutations: [
        { form: 0, cell: 898423640, value: { kind: "number", value: 0 } },
        { form: 287633110, cell: 0, value: { kind: "number", value: -5e-324 } },
      ],
      merges: [],
    });
    const names = ev.forms[0].indicators.map((i) => i.name);
    expect(names.some((n) => /情况及分析|经验做法/.test(n))).toBe(false);
    expectFindingsInside(ev.forms[0]);
  });

  test("BUG 7 (src/core/locate, npm run fuzz): a cut-off block runs into the next form's title when that title holds garbage", () => {
    // The first form's 总分 label and the second form's title are both replaced by formulas.
    const ev = evaluateCase({
      arrangement: "stacked",
      sheetNames: ["S"],
      forms: [
        { ...choice, layout: "central-2020", base: "clean", originCol: 2, noTitle: true },
        { ...choice, layout: "shanxi", base: "clean", originCol: 1, noTitle: false },
      ],
      chaos: true,
      mutations: [
        { form: 0, cell: 2099161962, value: { kind: "formula", formula: "1+1", result: "x" } },
        {
          form: 628923321,
          cell: 0,
          value: { kind: "formula", formula: "1+1", result: 0, error: "#DIV/0!" },
        },
      ],
      merges: [],
    });
    expectFindingsInside(ev.forms[0]);
  });
});
