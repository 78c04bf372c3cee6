// GRADE_MISMATCH: the grade is not the band of the total (≥90 优, [80, 90) 良, [60, 80) 中, <60 差).
import { cleanForm, points } from "../../../testkit/fixtures/forms";
import type { FormSpec, Layout } from "../../../testkit/fixtures/spec";
import {
  at,
  perLayout,
  ruleTester,
  withInd,
  withTotal,
  type Case,
  type InvalidCase,
} from "./harness";

const clean = (l: Layout) => cleanForm(l);

/** The judgment indicator 培训成果持续应用 (weight 10) explained down to `score`: total 89.5 + score. */
function totalOf(l: Layout, score: number, grade: string): FormSpec {
  const form = withInd(clean(l), 5, { score: points(score), deviation: "成果应用尚在推进" });
  return withTotal(form, points(89.5 + score), grade);
}

ruleTester("GRADE_MISMATCH", {
  valid: [
    ...perLayout<Case>("clean form: 99.5 优", (l) => ({ spec: clean(l) })),
    ...perLayout<Case>("central-2020 with a grade written after the total", (l) => ({
      spec: withTotal(clean(l), clean(l).total.score, "优"),
    })),
    ...perLayout<Case>("`优秀` is 优", (l) => ({
      spec: withTotal(clean(l), clean(l).total.score, "优秀"),
    })),
    ...perLayout<Case>("exactly 90 is 优", (l) => ({ spec: totalOf(l, 0.5, "优") })),
    ...perLayout<Case>("89.5 is 良", (l) => ({ spec: totalOf(l, 0, "良好") })),
  ],
  invalid: [
    ...perLayout<InvalidCase>("99.5 graded 良", (l) => ({
      spec: withTotal(clean(l), clean(l).total.score, "良"),
      findings: [{ severity: "error", cell: at.cell("grade") }],
    })),
    ...perLayout<InvalidCase>("89.5 graded 优", (l) => ({
      spec: totalOf(l, 0, "优"),
      findings: [{ severity: "error", cell: at.cell("grade") }],
    })),
  ],
});
