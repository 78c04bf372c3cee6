// FUND_SOURCES_SUM: the 其中 rows must add up to the 年度资金总额 row in every money column (one finding).
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

ruleTester("FUND_SOURCES_SUM", {
  valid: [
    ...perLayout<Case>("clean form", (l) => ({ spec: budgetForm(l, "100", "95") })),
    ...perLayout<Case>("seed amounts", (l) => ({ spec: budgetForm(l, "50.06", "44.83") })),
    ...perLayout<Case>("all rows 0", (l) => ({ spec: budgetForm(l, "0", "0") })),
    ...perLayout<Case>("blank 其中 cells count as 0", (l) => ({
      spec: withSource(budgetForm(l, "100", "95"), mainSource(l) === 0 ? 1 : 0, {
        budget: null,
        executed: null,
      }),
    })),
  ],
  invalid: [
    ...perLayout<InvalidCase>("全年预算数 of the 其中 rows short by 10", (l) => ({
      spec: withSource(budgetForm(l, "100", "95"), mainSource(l), {
        initial: l === "shanxi" ? [money(90), money(90)] : money(90),
        budget: money(90),
      }),
      findings: [{ severity: "error", cell: at.fund("initial") }],
    })),
    ...perLayout<InvalidCase>("several columns differ: still one finding", (l) => ({
      spec: withSource(budgetForm(l, "100", "95"), mainSource(l), {
        budget: money(90),
        executed: money(85),
      }),
      findings: [{ severity: "error", cell: at.fund("budget") }],
    })),
    ...perLayout<InvalidCase>("budget 0 while a 其中 row holds money", (l) => ({
      spec: withSource(budgetForm(l, "0", "0"), mainSource(l), {
        budget: money(100),
        executed: money(95),
      }),
      findings: [{ severity: "error", cell: at.fund("budget") }],
      absent: ["FUND_SCORE"],
    })),
  ],
});
