// FUND_REASON_MISSING: execution below the threshold and the funding block's 原因 cell is empty.
import { D } from "../decimal";
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
  },
  check: (f) => {
    const fund = f.funding;
    const col = fund?.layout.cols.reason;
    if (!fund?.total || col == null || fund.rate === null || !fund.reasonEmpty) return [];
    const threshold = f.layout.profile.reasonThreshold;
    if (!fund.rate.lt(threshold)) return [];
    return [
      {
        at: f.grid.anchor(fund.total.row, col),
        data: { rate: pct(fund.rate), threshold: n2(new D(threshold).times(100)) },
      },
    ];
  },
};
