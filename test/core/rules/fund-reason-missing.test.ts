// FUND_REASON_MISSING: 执行率 below 90% and the funding block's 原因 cell is empty text (sichuan).
import {
  at,
  budgetForm,
  LAYOUTS,
  perLayout,
  ruleTester,
  withFundTotal,
  type Case,
  type InvalidCase,
} from "./harness";

const SICHUAN = ["sichuan"] as const;

ruleTester("FUND_REASON_MISSING", {
  valid: [
    ...perLayout<Case>("95%: no reason needed", (l) => ({ spec: budgetForm(l, "100", "95") })),
    ...perLayout<Case>("exactly 90%", (l) => ({ spec: budgetForm(l, "100", "90") })),
    ...perLayout<Case>(
      "85% with a reason",
      (l) => ({
        spec: withFundTotal(budgetForm(l, "100", "85"), { reason: "部分项目年底前未完成结算" }),
      }),
      SICHUAN
    ),
    ...perLayout<Case>(
      "no 原因 column: nothing to check",
      (l) => ({ spec: budgetForm(l, "100", "85") }),
      LAYOUTS.filter((l) => l !== "sichuan")
    ),
    ...perLayout<Case>("budget 0: no rate", (l) => ({ spec: budgetForm(l, "0", "0") }), SICHUAN),
  ],
  invalid: [
    ...perLayout<InvalidCase>(
      "85% and no reason",
      (l) => ({
        spec: budgetForm(l, "100", "85"),
        findings: [{ severity: "warning", cell: at.fund("reason") }],
      }),
      SICHUAN
    ),
    ...perLayout<InvalidCase>(
      "seed's 89.55% with `无`",
      (l) => ({
        spec: withFundTotal(budgetForm(l, "50.06", "44.83"), { reason: "无" }),
        findings: [{ severity: "warning", cell: at.fund("reason") }],
      }),
      SICHUAN
    ),
  ],
});
