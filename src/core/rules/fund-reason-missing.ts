// FUND_REASON_MISSING: execution below the threshold and the funding block's 原因 cell is empty.
import { D } from "../decimal";
import { budgetChange, reasonMissingByRate } from "./fund-cells";
import { n2, pct } from "./format";
import type { FormRule } from "./rule";

export const fundReasonMissing: FormRule = {
  code: "FUND_REASON_MISSING",
  severity: "warning",
  scope: "form",
  messages: {
    default: {
      zh: "执行率 {rate} 低于 {threshold}%，请在“原因”栏说明未执行原因",
      en: "Execution rate {rate} is below {threshold}%: explain it in the 原因 (reason) cell",
    },
    changed: {
      zh: "执行率 {rate} 低于 {threshold}%，且年初预算数 {initial} 调整为全年预算数 {budget}，请在“原因”栏说明未执行原因和预算调整原因",
      en: "Execution rate {rate} is below {threshold}% and the budget changed from {initial} to {budget} during the year: explain both in the 原因 (reason) cell",
    },
  },
  check: (f) => {
    const fund = f.funding;
    if (!fund?.total || fund.rate === null || !reasonMissingByRate(f)) return [];
    const threshold = f.layout.profile.reasonThreshold;
    const data = { rate: pct(fund.rate), threshold: n2(new D(threshold).times(100)) };
    const change = budgetChange(f);
    return [
      {
        at: f.grid.anchor(fund.total.row, fund.layout.cols.reason!),
        variant: change ? "changed" : "default",
        data: change
          ? { ...data, initial: change.initial.toFixed(), budget: change.budget.toFixed() }
          : data,
      },
    ];
  },
};
