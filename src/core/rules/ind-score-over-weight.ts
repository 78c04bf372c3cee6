// IND_SCORE_OVER_WEIGHT: a score above its weight (or, without a weight column, a level-1 group above its (N分)).
import { type Dec, round2, ZERO } from "../decimal";
import type { IndicatorEval } from "../score/form";
import type { FormRule, RuleHit } from "./rule";
import { label } from "./indicator-cells";

export const indScoreOverWeight: FormRule = {
  code: "IND_SCORE_OVER_WEIGHT",
  severity: "error",
  scope: "form",
  messages: {
    default: {
      zh: "指标{name}得分 {score} 超过其分值 {weight}",
      en: "Indicator {name} scores {score}, above its weight {weight}",
    },
    group: {
      zh: "{group}指标得分合计 {score} 超过其分值 {weight}",
      en: "The {group} indicators score {score} in all, above their weight {weight}",
    },
  },
  check: (f) => {
    if (f.unfilled) return [];
    const hits: RuleHit[] = [];
    if (f.hasWeightColumn) {
      for (const i of f.weighted) {
        // Scores compare at 2 decimals: 20.001 shows as 20.00 and is not above 20.
        if (i.entered !== null && i.weightValue !== null && round2(i.entered).gt(i.weightValue)) {
          const data = {
            name: label(i),
            score: i.entered.toFixed(),
            weight: i.weightValue.toFixed(),
          };
          hits.push({ at: i.score.at, data, expected: data.weight, actual: data.score });
        }
      }
      return hits;
    }
    const groups = new Map<string, IndicatorEval[]>();
    for (const i of f.weighted)
      if (i.group) groups.set(i.group, [...(groups.get(i.group) ?? []), i]);
    for (const [group, rows] of groups) {
      const weight = f.groupWeights[group as keyof typeof f.groupWeights];
      if (!weight) continue;
      const score = rows.reduce((s: Dec, i) => s.plus(i.entered ?? ZERO), ZERO);
      if (round2(score).gt(weight)) {
        hits.push({
          at: rows[0].score.at,
          variant: "group",
          data: { group, score: score.toFixed(), weight: weight.toFixed() },
          expected: weight.toFixed(),
          actual: score.toFixed(),
        });
      }
    }
    return hits;
  },
};
