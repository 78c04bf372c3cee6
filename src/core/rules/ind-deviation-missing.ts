// IND_DEVIATION_MISSING: a score below the weight with no deviation text, the target not being missed.
import { eq2 } from "../score/num-cell";
import { isEmptyValue } from "../text/normalize";
import type { FormRule } from "./rule";
import { label } from "./indicator-cells";

export const indDeviationMissing: FormRule = {
  code: "IND_DEVIATION_MISSING",
  severity: "warning",
  scope: "form",
  messages: {
    default: {
      zh: "指标{name}扣分（得分 {score} / 分值 {weight}）但未填写偏差原因分析及改进措施",
      en: "Indicator {name} lost points ({score} of {weight}) but no deviation reason is given",
    },
    vague: {
      zh: "指标{name}扣分（得分 {score} / 分值 {weight}），偏差原因“{text}”不是说明，请写明扣分原因及改进措施",
      en: "Indicator {name} lost points ({score} of {weight}); “{text}” in the deviation cell explains nothing, give the reason",
    },
  },
  check: (f) =>
    f.unfilled
      ? []
      : f.weighted
          .filter((i) => {
            if (
              i.scoring.targetMissed ||
              // The older framework's 预算执行率 row loses points by the rate, like a budget score.
              i.budgetRate ||
              !i.deviationEmpty ||
              i.entered === null ||
              i.weightValue === null ||
              i.weightMerged
            ) {
              return false;
            }
            if (!i.entered.lt(i.weightValue) || i.entered.isNegative()) return false;
            // A deduction the formula does not give is IND_SCORE_MISMATCH's: one problem, one finding.
            const c = i.scoring.computed;
            return i.method === "judgment" || c === null || eq2(c, i.entered);
          })
          .map((i) => {
            const data = {
              name: label(i),
              score: i.entered!.toFixed(),
              weight: i.weightValue!.toFixed(),
            };
            // `同上` / `暂无` count as empty, but the clerk wrote them: say which words did not count.
            const text = i.deviation.trim();
            return isEmptyValue(text)
              ? { at: i.deviationCell ?? i.score.at, data }
              : { at: i.deviationCell ?? i.score.at, variant: "vague", data: { ...data, text } };
          }),
};
