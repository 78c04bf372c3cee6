// FULL_MARKS_UNDER_EXECUTION: every indicator at full marks while execution is low and nothing is explained.
import { D } from "../decimal";
import { n2, pct } from "./format";
import type { FormRule } from "./rule";

export const fullMarksUnderExecution: FormRule = {
  code: "FULL_MARKS_UNDER_EXECUTION",
  severity: "warning",
  scope: "form",
  messages: {
    default: {
      zh: "预算执行率仅 {rate}（低于 {threshold}%），但所有绩效指标均为满分且无任何偏差说明，请核实",
      en: "Execution is only {rate} (below {threshold}%), yet every indicator has full marks and nothing is explained",
    },
  },
  check: (f) => {
    const fund = f.funding;
    if (!fund?.total || fund.rate === null || f.unfilled || f.anyExplanation) return [];
    const threshold = new D(f.layout.profile.fullMarksThreshold);
    if (!fund.rate.lt(threshold) || !f.weighted.length) return [];
    const full = f.weighted.every(
      (i) =>
        i.weightValue !== null &&
        !i.weightMerged &&
        i.entered !== null &&
        i.entered.gte(i.weightValue)
    );
    if (!full) return [];
    const at = fund.total.rate?.at ?? fund.scoreCell?.at ?? f.layout.anchor;
    return [{ at, data: { rate: pct(fund.rate), threshold: n2(threshold.times(100)) } }];
  },
};
