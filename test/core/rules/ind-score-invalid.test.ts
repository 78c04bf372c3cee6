// IND_SCORE_INVALID: an indicator score that is not a number, or is negative.
import { cleanForm, points } from "../../../testkit/fixtures/forms";
import type { Layout } from "../../../testkit/fixtures/spec";
import { at, perLayout, ruleTester, withInd, type Case, type InvalidCase } from "./harness";

const clean = (l: Layout) => cleanForm(l);

ruleTester("IND_SCORE_INVALID", {
  valid: [
    ...perLayout<Case>("clean form", (l) => ({ spec: clean(l) })),
    ...perLayout<Case>("`20.00` and `２０` are numbers", (l) => ({
      spec: withInd(withInd(clean(l), 0, { score: "２０" }), 1, { score: "10.00 " }),
    })),
    ...perLayout<Case>("0 is a score", (l) => ({
      spec: withInd(clean(l), 5, { score: points(0), deviation: "成果未应用" }),
    })),
  ],
  invalid: [
    ...perLayout<InvalidCase>("`满分`", (l) => ({
      spec: withInd(clean(l), 0, { score: "满分" }),
      findings: [{ severity: "error", cell: at.ind(0, "score") }],
      absent: ["IND_SCORE_MISSING"],
    })),
    ...perLayout<InvalidCase>("negative: one finding only", (l) => ({
      spec: withInd(clean(l), 0, { score: points(-1) }),
      findings: [{ severity: "error", cell: at.ind(0, "score") }],
      absent: ["IND_SCORE_MISMATCH", "IND_DEVIATION_MISSING", "IND_SCORE_OUT_OF_BAND"],
    })),
    ...perLayout<InvalidCase>("negative judgment score", (l) => ({
      spec: withInd(clean(l), 4, { score: points(-5) }),
      findings: [{ severity: "error", cell: at.ind(4, "score") }],
      absent: ["IND_SCORE_OUT_OF_BAND", "IND_DEVIATION_MISSING"],
    })),
  ],
});
