// FUND_SOURCES_SUM: the 其中 rows do not add up to the 年度资金总额 row (one finding naming every column).
import type { FormRule } from "./rule";

export const fundSourcesSum: FormRule = {
  code: "FUND_SOURCES_SUM",
  severity: "error",
  scope: "form",
  messages: {
    default: {
      zh: "资金来源（其中各行）合计与年度资金总额不符：{details}",
      en: "The 其中 source rows do not add up to the funding total: {details}",
    },
  },
  check: (f) => {
    const fund = f.funding;
    if (!fund?.total || !fund.sourceIssues.length) return [];
    const first = fund.sourceIssues[0];
    const details = fund.sourceIssues
      .map((i) => `${i.column} ${i.sum.toFixed()} ≠ ${i.total.toFixed()}`)
      .join("; ");
    return [
      {
        at: { r: fund.total.row, c: first.col },
        data: { details: { zh: details.replace(/; /g, "；"), en: details } },
        expected: first.total.toFixed(),
        actual: first.sum.toFixed(),
      },
    ];
  },
};
