// Clean forms of every layout — alone or stacked, one per sheet, at A1 or D7, numbers or text — raise nothing.
import { cleanForm } from "../../../testkit/fixtures/forms";
import type { FormSpec, WorkbookSpec } from "../../../testkit/fixtures/spec";
import { asText, expectRendered, LAYOUTS, run, SHEET } from "./harness";

const ORIGINS = ["A1", "D7"] as const;
const CELLS = [
  ["numbers", (f: FormSpec) => f],
  ["text", asText],
] as const;

interface CleanCase {
  name: string;
  spec: WorkbookSpec;
  forms: number;
}

const cases: CleanCase[] = [];
for (const origin of ORIGINS) {
  for (const [kind, cells] of CELLS) {
    for (const layout of LAYOUTS) {
      cases.push({
        name: `${layout} at ${origin}, ${kind}`,
        spec: { sheets: [{ name: SHEET, forms: [{ form: cells(cleanForm(layout)), origin }] }] },
        forms: 1,
      });
    }
    cases.push({
      name: `three layouts stacked at ${origin}, ${kind}`,
      spec: {
        sheets: [
          {
            name: SHEET,
            forms: LAYOUTS.map((l) => ({ form: cells(cleanForm(l)), origin })),
          },
        ],
      },
      forms: 3,
    });
    cases.push({
      name: `一级/二级指标 not merged (merges unknown) at ${origin}, ${kind}`,
      spec: {
        sheets: LAYOUTS.map((l) => ({
          name: l,
          forms: [{ form: cells({ ...cleanForm(l), mergeLevels: false }), origin }],
        })),
      },
      forms: 3,
    });
    cases.push({
      name: `one layout per sheet at ${origin}, ${kind}`,
      spec: {
        sheets: LAYOUTS.map((l) => ({ name: l, forms: [{ form: cells(cleanForm(l)), origin }] })),
      },
      forms: 3,
    });
  }
}

describe("clean forms", () => {
  test.each(cases)("$name: no error or warning, nothing to write", async (c) => {
    const r = await run(c.spec);
    expectRendered(r.findings);
    expect(r.evaluation.forms).toHaveLength(c.forms);
    expect(r.findings.filter((f) => f.severity !== "info")).toEqual([]);
    // Not even an info: every one of the 34 codes is absent on a clean form.
    expect(r.findings).toEqual([]);
    expect(r.evaluation.writes).toEqual([]);
    expect(r.evaluation.highlights).toEqual([]);
    for (const form of r.evaluation.forms) {
      expect(form.budget.entered).toBe(form.budget.computed);
      expect(form.total.entered).toBe(form.total.computed);
      for (const ind of form.indicators) {
        if (ind.computed !== null) expect(ind.entered).toBe(ind.computed);
      }
      expect(form.computedGrade).toBe("优");
    }
  });

  test("the forms are found where they were written", async () => {
    const r = await run({
      sheets: [{ name: SHEET, forms: LAYOUTS.map((l) => ({ form: cleanForm(l), origin: "D7" })) }],
    });
    expect(r.evaluation.forms.map((f) => f.profile)).toEqual([...LAYOUTS]);
    expect(r.evaluation.forms.map((f) => f.budget.cell)).toEqual(
      r.forms.map((m) => m.funding.total.cells.score)
    );
    expect(r.evaluation.forms.map((f) => f.total.cell)).toEqual(
      r.forms.map((m) => m.cells.totalScore)
    );
  });
});
