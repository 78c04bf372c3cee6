// IND_FRACTION_AS_PERCENT: 0.98 against ≥95% reads as 98% (the only reading that fits), said as info.
import { cleanForm } from "../../../testkit/fixtures/forms";
import type { Layout } from "../../../testkit/fixtures/spec";
import {
  at,
  patchInd,
  perLayout,
  ruleTester,
  withInd,
  type Case,
  type InvalidCase,
} from "./harness";

const clean = (l: Layout) => cleanForm(l);

ruleTester("IND_FRACTION_AS_PERCENT", {
  valid: [
    ...perLayout<Case>("clean form", (l) => ({ spec: clean(l) })),
    ...perLayout<Case>("98% written as a percent", (l) => ({
      spec: patchInd(clean(l), 1, { actual: { value: 0.98, numFmt: "0%" } }),
    })),
    ...perLayout<Case>("a fraction against a target in 人次 is no percent", (l) => ({
      spec: withInd(clean(l), 0, { value: "0.5", actual: "0.6" }),
    })),
  ],
  invalid: [
    ...perLayout<InvalidCase>("0.98 in a General cell against ≥95%", (l) => ({
      spec: patchInd(clean(l), 1, { actual: 0.98 }),
      findings: [{ severity: "info", cell: at.ind(1, "actual") }],
      absent: ["IND_SCORE_MISMATCH", "IND_TARGET_MISSED", "TOTAL_MISMATCH"],
      check: (r) => expect(r.evaluation.writes).toEqual([]),
    })),
    ...perLayout<InvalidCase>("0.93 against ≥95%: read as 93%, the target missed", (l) => ({
      spec: patchInd(clean(l), 1, { actual: 0.93, deviation: "个别学员补考" }),
      findings: [{ severity: "info", cell: at.ind(1, "actual") }],
      check: (r) => expect(r.evaluation.forms[0].indicators[1].computed).toBe("9.79"),
    })),
  ],
});
