// FUND_NOT_NUMBER: text where the funding block needs a number (money, rate, weight, score).
import type { NumCell } from "../score/num-cell";
import type { FormRule, RuleHit } from "./rule";

export const fundNotNumber: FormRule = {
  code: "FUND_NOT_NUMBER",
  severity: "error",
  scope: "form",
  messages: {
    default: {
      zh: "资金单元格应为数字，填报为“{value}”",
      en: "The funding cell must hold a number; it holds “{value}”",
    },
    blank: {
      zh: "年度资金总额行的{column}未填写",
      en: "The {column} of the funding total row is blank",
    },
  },
  check: (f) => {
    const fund = f.funding;
    if (!fund) return [];
    const hits: RuleHit[] = [];
    const bad = (c: NumCell | null) => {
      // An error value (#REF!) is CELL_ERROR_VALUE's: one problem, one finding.
      if (c && c.kind === "invalid" && !c.error)
        hits.push({ at: c.at, data: { value: c.raw }, actual: c.raw });
    };
    for (const row of [fund.total, ...fund.sources]) {
      if (!row) continue;
      [row.budget, row.executed, ...row.initial, row.balance, row.rate].forEach(bad);
    }
    bad(fund.weightCell);
    bad(fund.scoreCell);
    const t = fund.total;
    if (t && !f.unfilled) {
      const blanks: [NumCell, string, string][] = [
        [t.budget, "全年预算数", "budget"],
        [t.executed, "全年执行数", "executed amount"],
      ];
      for (const [cell, zh, en] of blanks) {
        if (cell.kind === "empty")
          hits.push({ at: cell.at, variant: "blank", data: { column: { zh, en } } });
      }
    }
    return hits;
  },
};
