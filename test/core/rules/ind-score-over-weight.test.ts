// IND_SCORE_OVER_WEIGHT: a score above its weight; without a weight column, a level-1 group above its (N分).
import { cleanForm, points } from "../../../testkit/fixtures/forms";
import type { Layout } from "../../../testkit/fixtures/spec";
import {
  at,
  noWeightColumn,
  perLayout,
  ruleTester,
  withInd,
  type Case,
  type InvalidCase,
} from "./harness";

const clean = (l: Layout) => cleanForm(l);

ruleTester("IND_SCORE_OVER_WEIGHT", {
  valid: [
    ...perLayout<Case>("clean form", (l) => ({ spec: clean(l) })),
    ...perLayout<Case>("`20.00` of 20", (l) => ({
      spec: withInd(clean(l), 0, { score: "20.00" }),
    })),
    ...perLayout<Case>("20.001 is 20.00 at 2 decimals", (l) => ({
      spec: withInd(clean(l), 0, { score: 20.001 }),
    })),
    ...perLayout<Case>("no weight column: each group within its (N分)", (l) => ({
      spec: noWeightColumn(clean(l)),
    })),
  ],
  invalid: [
    ...perLayout<InvalidCase>("22 of 20", (l) => ({
      spec: withInd(clean(l), 0, { score: points(22) }),
      findings: [{ severity: "error", cell: at.ind(0, "score") }],
      absent: ["IND_SCORE_MISMATCH"],
    })),
    ...perLayout<InvalidCase>("a judgment indicator: 21 of 20", (l) => ({
      spec: withInd(clean(l), 4, { score: points(21) }),
      findings: [{ severity: "error", cell: at.ind(4, "score") }],
    })),
    ...perLayout<InvalidCase>("no weight column: 产出 scores 52 of its (50分)", (l) => ({
      spec: noWeightColumn(withInd(clean(l), 0, { score: points(22) })),
      findings: [{ severity: "error", cell: at.ind(0, "score") }],
    })),
  ],
});
