// FORM_UNFILLED: no indicator score and no total — one info, and no score, total or grade finding.
import { cleanForm, points } from "../../../testkit/fixtures/forms";
import type { Layout } from "../../../testkit/fixtures/spec";
import {
  at,
  patchInd,
  perLayout,
  ruleTester,
  unfilled,
  withFundTotal,
  withInd,
  type Case,
  type InvalidCase,
  type Result,
} from "./harness";

const clean = (l: Layout) => cleanForm(l);

/** Nothing but the info: no error, no warning, nothing written. */
const onlyInfo = (r: Result) => {
  expect(r.findings.filter((f) => f.severity !== "info")).toEqual([]);
  expect(r.evaluation.writes).toEqual([]);
};

ruleTester("FORM_UNFILLED", {
  valid: [
    ...perLayout<Case>("clean form", (l) => ({ spec: clean(l) })),
    ...perLayout<Case>("one indicator scored: filled (partly)", (l) => ({
      spec: withInd(unfilled(clean(l)), 0, { score: points(20) }),
    })),
    ...perLayout<Case>("only the total entered: filled", (l) => ({
      spec: { ...unfilled(clean(l)), total: clean(l).total },
    })),
  ],
  invalid: [
    ...perLayout<InvalidCase>("no score, no total", (l) => ({
      spec: unfilled(clean(l)),
      findings: [{ severity: "info", cell: at.cell("totalScore") }],
      check: onlyInfo,
    })),
    ...perLayout<InvalidCase>("a blank template: no actuals, no rate, no budget score", (l) => {
      const form = withFundTotal(unfilled(clean(l)), { rate: null });
      return {
        spec: form.indicators.reduce((f, _i, k) => patchInd(f, k, { actual: null }), form),
        findings: [{ severity: "info", cell: at.cell("totalScore") }],
        check: (r) => expect(r.findings.filter((f) => f.severity !== "info")).toEqual([]),
      };
    }),
    ...perLayout<InvalidCase>("a wrong budget score on an unfilled form is not checked", (l) => ({
      spec: withFundTotal(unfilled(clean(l)), { score: points(3) }),
      findings: [{ severity: "info", cell: at.cell("totalScore") }],
      absent: ["FUND_SCORE", "TOTAL_MISSING", "IND_SCORE_MISSING", "GRADE_MISSING"],
    })),
  ],
});
