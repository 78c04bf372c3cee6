// FORM_INCOMPLETE: a form without its funding block, indicator block or total row.
import { cleanForm } from "../../../testkit/fixtures/forms";
import { seedWorkbookSpec } from "../../../testkit/fixtures/seed";
import type { FormSpec, Labels, Layout } from "../../../testkit/fixtures/spec";
import { at, perLayout, ruleTester, type Case, type InvalidCase } from "./harness";

const relabel = (l: Layout, labels: Partial<Labels>): FormSpec => ({ ...cleanForm(l), labels });

ruleTester("FORM_INCOMPLETE", {
  valid: [
    ...perLayout<Case>("clean form", (l) => ({ spec: cleanForm(l) })),
    { name: "the seed, stacked", spec: seedWorkbookSpec("stacked") },
    ...perLayout<Case>("`总\u3000\u3000分` with ideographic spaces", (l) => ({
      spec: { ...cleanForm(l), fullWidthSpaces: true },
    })),
  ],
  invalid: [
    ...perLayout<InvalidCase>("no total row", (l) => ({
      spec: relabel(l, { total: "备注" }),
      findings: [{ severity: "error", cell: at.cell("projectLabel") }],
    })),
    ...perLayout<InvalidCase>("no indicator block", (l) => ({
      spec: relabel(l, { level1: "指标类别" }),
      findings: [{ severity: "error", cell: at.cell("projectLabel") }],
    })),
    // shanxi's taller funding block puts its 项目名称 beyond the locator's look-up window, so the
    // anchor differs there; central and sichuan show the rule.
    ...perLayout<InvalidCase>(
      "no funding block: the total is not computable, so not checked",
      (l) => ({
        spec: relabel(l, { budget: "计划金额" }),
        findings: [{ severity: "error", cell: at.cell("projectLabel") }],
        absent: ["TOTAL_MISMATCH", "GRADE_MISMATCH"],
        check: (r) => expect(r.evaluation.writes).toEqual([]),
      }),
      ["central-2020", "sichuan"]
    ),
  ],
});
