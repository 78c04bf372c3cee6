// FUND_BALANCE: 资金结(转)余 = 全年预算数 − 全年执行数 where the column exists (shanxi).
import { money } from "../../../testkit/fixtures/forms";
import {
  at,
  budgetForm,
  LAYOUTS,
  mainSource,
  perLayout,
  ruleTester,
  withFundTotal,
  withSource,
  type Case,
  type InvalidCase,
} from "./harness";

const SHANXI = ["shanxi"] as const;

ruleTester("FUND_BALANCE", {
  valid: [
    ...perLayout<Case>("clean form", (l) => ({ spec: budgetForm(l, "100", "95") })),
    ...perLayout<Case>("seed: 50.06 − 44.83 = 5.23", (l) => ({
      spec: budgetForm(l, "50.06", "44.83"),
    })),
    ...perLayout<Case>("`5.2300` as text", (l) => ({
      spec: withFundTotal(budgetForm(l, "50.06", "44.83"), { balance: "5.2300" }),
    })),
    ...perLayout<Case>("overspent: a negative balance is right", (l) => ({
      spec: budgetForm(l, "100", "110"),
    })),
    // central-2020 and sichuan have no balance column: nothing to check whatever is written.
    ...perLayout<Case>(
      "no balance column",
      (l) => ({ spec: withFundTotal(budgetForm(l, "100", "95"), { balance: money(7) }) }),
      LAYOUTS.filter((l) => l !== "shanxi")
    ),
  ],
  invalid: [
    ...perLayout<InvalidCase>(
      "6 entered, 100 − 95 = 5",
      (l) => ({
        spec: withFundTotal(budgetForm(l, "100", "95"), { balance: money(6) }),
        findings: [{ severity: "error", cell: at.fund("balance") }],
      }),
      SHANXI
    ),
    ...perLayout<InvalidCase>(
      "a 其中 row's balance",
      (l) => ({
        spec: withSource(budgetForm(l, "100", "95"), mainSource(l), { balance: money(0) }),
        findings: [{ severity: "error", cell: at.source(mainSource(l), "balance") }],
      }),
      SHANXI
    ),
    ...perLayout<InvalidCase>(
      "a blank total-row balance",
      (l) => ({
        spec: withFundTotal(budgetForm(l, "100", "95"), { balance: null }),
        findings: [{ severity: "error", cell: at.fund("balance") }],
      }),
      SHANXI
    ),
  ],
});
