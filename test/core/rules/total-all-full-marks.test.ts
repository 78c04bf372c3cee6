// TOTAL_ALL_FULL_MARKS: a total of 100 with every indicator at full marks (info: reviewers flag it).
import { points } from "../../../testkit/fixtures/forms";
import { cleanForm } from "../../../testkit/fixtures/forms";
import {
  at,
  budgetForm,
  perLayout,
  ruleTester,
  withInd,
  withTotal,
  type Case,
  type InvalidCase,
} from "./harness";

ruleTester("TOTAL_ALL_FULL_MARKS", {
  valid: [
    ...perLayout<Case>("clean form (99.5)", (l) => ({ spec: cleanForm(l) })),
    ...perLayout<Case>("100 entered but an indicator below full: TOTAL_MISMATCH's", (l) => ({
      spec: withTotal(withInd(budgetForm(l, "100", "100"), 0, { score: points(19) }), points(100)),
    })),
  ],
  invalid: [
    ...perLayout<InvalidCase>("100% executed, every score full, 100", (l) => ({
      spec: budgetForm(l, "100", "100"),
      findings: [{ severity: "info", cell: at.cell("totalScore") }],
      check: (r) => expect(r.findings.filter((f) => f.severity !== "info")).toEqual([]),
    })),
  ],
});
