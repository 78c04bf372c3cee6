// IND_SCORE_MISSING: a weighted indicator without a score on a filled-in form.
import { cleanForm, indicatorFor } from "../../../testkit/fixtures/forms";
import type { Layout } from "../../../testkit/fixtures/spec";
import {
  at,
  insertAfter,
  perLayout,
  ruleTester,
  unfilled,
  withInd,
  type Case,
  type InvalidCase,
} from "./harness";

const clean = (l: Layout) => cleanForm(l);

ruleTester("IND_SCORE_MISSING", {
  valid: [
    ...perLayout<Case>("clean form", (l) => ({ spec: clean(l) })),
    ...perLayout<Case>("unfilled form: FORM_UNFILLED only", (l) => ({ spec: unfilled(clean(l)) })),
    ...perLayout<Case>("no weight either: IND_INCOMPLETE's", (l) => ({
      spec: withInd(clean(l), 0, { weight: null, score: null }),
    })),
    ...perLayout<Case>("placeholder and breakdown rows", (l) => ({
      spec: insertAfter(clean(l), 0, [
        indicatorFor(l, {
          name: "其中：处级干部",
          cmp: "≥",
          value: "200",
          unit: "人次",
          actual: "210",
          weight: null,
          score: null,
        }),
        { name: "……" },
      ]),
    })),
  ],
  invalid: [
    ...perLayout<InvalidCase>("a computable indicator without its score", (l) => ({
      spec: withInd(clean(l), 0, { score: null }),
      findings: [{ severity: "error", cell: at.ind(0, "score") }],
    })),
    ...perLayout<InvalidCase>("a judgment indicator without its score", (l) => ({
      spec: withInd(clean(l), 4, { score: "—" }),
      findings: [{ severity: "error", cell: at.ind(4, "score") }],
    })),
    ...perLayout<InvalidCase>("all scores blank but a total entered: not unfilled", (l) => {
      const form = unfilled(clean(l));
      return {
        spec: { ...form, total: { ...clean(l).total } },
        findings: form.indicators.map((_i, k) => ({
          severity: "error" as const,
          cell: at.ind(k, "score"),
        })),
        absent: ["FORM_UNFILLED"],
      };
    }),
  ],
});
