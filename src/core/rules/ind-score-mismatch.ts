// IND_SCORE_MISMATCH: entered score ≠ the rule's score (error above it, warning below, info when explained).
import { round2 } from "../decimal";
import { eq2 } from "../score/num-cell";
import type { FormRule, RuleHit } from "./rule";
import { label, overachieveScoreWrong } from "./indicator-cells";

const METHOD_TEXT: Record<string, { zh: string; en: string }> = {
  ge: { zh: "正向指标：实际值 ÷ 指标值 × 分值", en: "higher-is-better: actual ÷ target × weight" },
  le: { zh: "反向指标：指标值 ÷ 实际值 × 分值", en: "lower-is-better: target ÷ actual × weight" },
  eq: { zh: "等于型指标：实际值 ÷ 指标值 × 分值", en: "equality: actual ÷ target × weight" },
  date: { zh: "时效指标：按期完成得满分", en: "deadline: full marks when on time" },
};

export const indScoreMismatch: FormRule = {
  code: "IND_SCORE_MISMATCH",
  severity: "error",
  scope: "form",
  messages: {
    above: {
      zh: "指标{name}得分 {actual} 高于按规则计算的 {expected}（{method}）",
      en: "Indicator {name} scores {actual}, above the {expected} the rule gives ({method})",
    },
    below: {
      zh: "指标{name}得分 {actual} 低于按规则计算的 {expected}（{method}），且未说明扣分原因",
      en: "Indicator {name} scores {actual}, below the {expected} the rule gives ({method}), with no reason given",
    },
    explained: {
      zh: "指标{name}得分 {actual} 低于按规则计算的 {expected}，已说明扣分原因，保留填报得分",
      en: "Indicator {name} scores {actual}, below the rule's {expected}; the deduction is explained and kept",
    },
    deduct: {
      zh: "指标{name}实际完成超过指标值的 {ratio}%，按本地规则扣 {points} 分，得分应为 {expected}，填报为 {actual}",
      en: "Indicator {name} exceeds {ratio}% of its target: the deployment takes {points} points off, so it scores {expected}; the form says {actual}",
    },
    noDeduction: {
      zh: "指标{name}超额完成（超过指标值的 {ratio}%），本地规则不得扣分，得分应为 {expected}，填报为 {actual}",
      en: "Indicator {name} exceeds {ratio}% of its target, and the deployment allows no deduction: it scores {expected}; the form says {actual}",
    },
    late: {
      zh: "指标{name}未按期完成，得分 {actual} 应低于分值 {weight}",
      en: "Indicator {name} was late; its score {actual} must be below the weight {weight}",
    },
  },
  check: (f) => {
    if (f.unfilled) return [];
    const hits: RuleHit[] = [];
    for (const i of f.weighted) {
      const e = i.entered;
      const w = i.weightValue;
      // Above the weight or negative: IND_SCORE_OVER_WEIGHT's / IND_SCORE_INVALID's (one problem, one finding).
      if (e === null || i.score.formula || (w !== null && round2(e).gt(w)) || e.lt(0)) continue;
      if (i.scoring.late && w !== null && e.gte(w)) {
        hits.push({
          at: i.score.at,
          variant: "late",
          data: { name: label(i), actual: e.toFixed(), weight: w.toFixed() },
        });
        continue;
      }
      const c = i.scoring.computed;
      if (c === null || i.method === "judgment" || eq2(e, c)) continue;
      if (i.scoring.alternative !== null && eq2(e, i.scoring.alternative)) continue;
      const data = {
        name: label(i),
        actual: e.toFixed(),
        expected: c.toFixed(),
        method: METHOD_TEXT[i.method],
      };
      const base = { at: i.score.at, data, expected: c.toFixed(), actual: e.toFixed() };
      const policy = overachieveScoreWrong(i);
      if (policy) {
        const p = f.layout.profile;
        const words = {
          ...data,
          ratio: String(Math.round(p.overachieveRatio * 100)),
          points: String(p.overachieveDeduction),
        };
        // Under no-deduction an explanation does not keep the deduction: still a warning.
        hits.push(
          policy === "deduct"
            ? { ...base, data: words, variant: "deduct" }
            : { ...base, data: words, variant: "noDeduction", severity: "warning" }
        );
        continue;
      }
      if (e.gt(c)) hits.push({ ...base, variant: "above" });
      else if (i.deviationEmpty) hits.push({ ...base, variant: "below", severity: "warning" });
      else hits.push({ ...base, variant: "explained", severity: "info" });
    }
    return hits;
  },
};
