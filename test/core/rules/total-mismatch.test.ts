// TOTAL_MISMATCH: the entered total ≠ budget score + Σ indicator scores as they stand on the form.
import { cleanForm, money, points } from "../../../testkit/fixtures/forms";
import type { Layout } from "../../../testkit/fixtures/spec";
import {
  at,
  budgetForm,
  mainSource,
  perLayout,
  ruleTester,
  withFundTotal,
  withInd,
  withSource,
  withTotal,
  type Case,
  type InvalidCase,
} from "./harness";

const clean = (l: Layout) => cleanForm(l);
const total = at.cell("totalScore");

ruleTester("TOTAL_MISMATCH", {
  valid: [
    ...perLayout<Case>("clean form: 9.5 + 90", (l) => ({ spec: clean(l) })),
    ...perLayout<Case>("`99.5000`", (l) => ({ spec: withTotal(clean(l), "99.5000") })),
    ...perLayout<Case>("an indicator deduction carried into the total", (l) => ({
      spec: withTotal(withInd(clean(l), 0, { score: points(18) }), points(97.5)),
    })),
    ...perLayout<Case>("a blank indicator score counts as computed", (l) => ({
      spec: withInd(clean(l), 0, { score: null }),
    })),
    ...perLayout<Case>("budget not computable: the entered budget score counts", (l) => ({
      spec: withTotal(
        withFundTotal(
          withSource(budgetForm(l, "0", "0"), mainSource(l), {
            budget: money(100),
            executed: money(95),
          }),
          { score: points(9.5) }
        ),
        points(99.5)
      ),
    })),
    ...perLayout<Case>("seed: 8.96 + 90 = 98.96", (l) => ({
      spec: budgetForm(l, "50.06", "44.83"),
    })),
  ],
  invalid: [
    ...perLayout<InvalidCase>("98 entered, 99.5 on the form", (l) => ({
      spec: withTotal(clean(l), points(98)),
      findings: [{ severity: "error", cell: total }],
    })),
    ...perLayout<InvalidCase>("`99.49` ≠ 99.5", (l) => ({
      spec: withTotal(clean(l), "99.49"),
      findings: [{ severity: "error", cell: total }],
    })),
    ...perLayout<InvalidCase>("a total in words", (l) => ({
      spec: withTotal(clean(l), "九十九点五"),
      findings: [{ severity: "error", cell: total }],
    })),
    ...perLayout<InvalidCase>(
      "a wrong budget score summed: the computed budget score counts",
      (l) => ({
        spec: withTotal(withFundTotal(clean(l), { score: points(9) }), points(99)),
        findings: [{ severity: "error", cell: total }],
      })
    ),
  ],
});
