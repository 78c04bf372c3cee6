// FUND_BUDGET_CHANGED: 年初预算数 ≠ 全年预算数 (a mid-year change) and the 原因 cell says nothing.
import { budgetChange, reasonMissingByRate } from "./fund-cells";
import type { FormRule } from "./rule";

export const fundBudgetChanged: FormRule = {
  code: "FUND_BUDGET_CHANGED",
  severity: "warning",
  scope: "form",
  messages: {
    default: {
      zh: "年初预算数 {initial} 在年度中调整为全年预算数 {budget}，请在“原因”栏说明调整原因",
      en: "The budget changed during the year from {initial} (年初预算数) to {budget} (全年预算数): explain it in the 原因 (reason) cell",
    },
  },
  check: (f) => {
    const fund = f.funding;
    const change = budgetChange(f);
    // Low execution needs the same empty cell filled: FUND_REASON_MISSING names both reasons.
    if (!fund?.total || !change || !fund.reasonEmpty || reasonMissingByRate(f)) return [];
    return [
      {
        at: f.grid.anchor(fund.total.row, fund.layout.cols.reason!),
        data: { initial: change.initial.toFixed(), budget: change.budget.toFixed() },
        expected: change.budget.toFixed(),
        actual: change.initial.toFixed(),
      },
    ];
  },
};
