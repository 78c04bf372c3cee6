// FUND_NEGATIVE: negative money anywhere in the funding block.
import { money } from "../../../testkit/fixtures/forms";
import {
  at,
  budgetForm,
  mainSource,
  perLayout,
  ruleTester,
  withFundTotal,
  withSource,
  type Case,
  type InvalidCase,
} from "./harness";

ruleTester("FUND_NEGATIVE", {
  valid: [
    ...perLayout<Case>("clean form", (l) => ({ spec: budgetForm(l, "100", "95") })),
    ...perLayout<Case>("overspent: a negative balance is not negative money", (l) => ({
      spec: budgetForm(l, "100", "110"),
    })),
    ...perLayout<Case>("-0 is zero", (l) => ({
      spec: withSource(budgetForm(l, "100", "95"), mainSource(l) === 0 ? 1 : 0, {
        executed: "-0",
      }),
    })),
  ],
  invalid: [
    ...perLayout<InvalidCase>("negative 全年执行数", (l) => ({
      spec: withFundTotal(budgetForm(l, "100", "95"), { executed: money(-5) }),
      findings: [{ severity: "error", cell: at.fund("executed") }],
    })),
    ...perLayout<InvalidCase>("negative budget on a 其中 row", (l) => ({
      spec: withSource(budgetForm(l, "100", "95"), mainSource(l), { budget: money(-100) }),
      findings: [{ severity: "error", cell: at.source(mainSource(l), "budget") }],
    })),
    ...perLayout<InvalidCase>("negative 年初预算数", (l) => ({
      spec: withFundTotal(budgetForm(l, "100", "95"), {
        initial: l === "shanxi" ? [money(-1), money(100)] : money(-1),
      }),
      findings: [{ severity: "error", cell: at.fund("initial") }],
    })),
  ],
});
