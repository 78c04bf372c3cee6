// FUND_NEGATIVE: negative money in the funding block.
import type { FormRule, RuleHit } from "./rule";

export const fundNegative: FormRule = {
  code: "FUND_NEGATIVE",
  severity: "error",
  scope: "form",
  messages: {
    default: { zh: "金额不能为负数：{value}", en: "Money cannot be negative: {value}" },
  },
  check: (f) => {
    const hits: RuleHit[] = [];
    for (const row of f.funding ? [f.funding.total, ...f.funding.sources] : []) {
      if (!row) continue;
      for (const c of [row.budget, row.executed, ...row.initial]) {
        if (c.num !== null && c.num.isNegative() && !c.num.isZero()) {
          hits.push({ at: c.at, data: { value: c.raw }, actual: c.num.toFixed() });
        }
      }
    }
    return hits;
  },
};
