// IND_BREAKDOWN_WEIGHTED: a 其中 row with a weight stays a breakdown: reported, never counted or written.
import { cleanForm, points } from "../../../testkit/fixtures/forms";
import type { Layout } from "../../../testkit/fixtures/spec";
import { insertAfter, perLayout, ruleTester, type Case, type InvalidCase } from "./harness";

const clean = (l: Layout) => cleanForm(l);
const part = { name: "其中：线上培训人次", target: "≥200人次", actual: "210人次" };

ruleTester("IND_BREAKDOWN_WEIGHTED", {
  valid: [
    ...perLayout<Case>("clean form", (l) => ({ spec: clean(l) })),
    ...perLayout<Case>("a 其中 row without weight or score", (l) => ({
      spec: insertAfter(clean(l), 0, [part]),
    })),
  ],
  invalid: [
    ...perLayout<InvalidCase>("a 其中 row with a weight and a score", (l) => ({
      spec: insertAfter(clean(l), 0, [{ ...part, weight: points(5), score: points(5) }]),
      findings: [{ severity: "warning", cell: (m) => m.indicators[1].cells.weight }],
      absent: ["WEIGHT_TOTAL", "TOTAL_MISMATCH"],
      check: (r) => expect(r.evaluation.writes).toEqual([]),
    })),
    ...perLayout<InvalidCase>("a 其中 row with a score only", (l) => ({
      spec: insertAfter(clean(l), 0, [{ ...part, score: points(5) }]),
      findings: [{ severity: "warning", cell: (m) => m.indicators[1].cells.score }],
      absent: ["IND_INCOMPLETE", "TOTAL_MISMATCH"],
    })),
  ],
});
