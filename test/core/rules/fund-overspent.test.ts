// FUND_OVERSPENT: 全年执行数 above 全年预算数 (warning; the rate stays uncapped, the score capped).
import { money } from "../../../testkit/fixtures/forms";
import {
  at,
  budgetForm,
  mainSource,
  perLayout,
  ruleTester,
  withSource,
  type Case,
  type InvalidCase,
} from "./harness";

ruleTester("FUND_OVERSPENT", {
  valid: [
    ...perLayout<Case>("95 of 100", (l) => ({ spec: budgetForm(l, "100", "95") })),
    ...perLayout<Case>("exactly the budget", (l) => ({ spec: budgetForm(l, "100", "100") })),
    ...perLayout<Case>("all rows 0", (l) => ({ spec: budgetForm(l, "0", "0") })),
  ],
  invalid: [
    ...perLayout<InvalidCase>("110 of 100, on the total and its 其中 row", (l) => ({
      spec: budgetForm(l, "100", "110"),
      findings: [
        { severity: "warning", cell: at.fund("executed") },
        { severity: "warning", cell: at.source(mainSource(l), "executed") },
      ],
      absent: ["FUND_SCORE", "FUND_RATE"],
      check: (r) => {
        expect(r.evaluation.forms[0].budget.rate).toBe("1.1");
        expect(r.evaluation.forms[0].budget.computed).toBe("10");
      },
    })),
    ...perLayout<InvalidCase>("only a 其中 row overspent", (l) => ({
      spec: withSource(
        withSource(budgetForm(l, "100", "95"), mainSource(l), {
          budget: money(50),
          executed: money(60),
        }),
        mainSource(l) === 0 ? 1 : 0,
        { budget: money(50), executed: money(35) }
      ),
      findings: [{ severity: "warning", cell: at.source(mainSource(l), "executed") }],
    })),
  ],
});
