// FUND_OVERSPENT: 全年执行数 above 全年预算数 (the rate is shown uncapped, the score capped).
import type { FormRule, RuleHit } from "./rule";

export const fundOverspent: FormRule = {
  code: "FUND_OVERSPENT",
  severity: "warning",
  scope: "form",
  messages: {
    default: {
      zh: "全年执行数 {executed} 超过全年预算数 {budget}（超支），请核实",
      en: "Executed {executed} exceeds the budget {budget} (overspent); please verify",
    },
  },
  check: (f) => {
    const hits: RuleHit[] = [];
    for (const row of f.funding ? [f.funding.total, ...f.funding.sources] : []) {
      if (!row || row.budget.num === null || row.executed.num === null) continue;
      if (row.executed.num.gt(row.budget.num)) {
        const data = { executed: row.executed.num.toFixed(), budget: row.budget.num.toFixed() };
        hits.push({ at: row.executed.at, data, expected: data.budget, actual: data.executed });
      }
    }
    return hits;
  },
};
