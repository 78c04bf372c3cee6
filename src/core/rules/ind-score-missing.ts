// IND_SCORE_MISSING: a weighted indicator without a score.
import type { FormRule, RuleHit } from "./rule";
import { label } from "./indicator-cells";

export const indScoreMissing: FormRule = {
  code: "IND_SCORE_MISSING",
  severity: "error",
  scope: "form",
  messages: {
    default: { zh: "指标{name}未填写得分", en: "Indicator {name} has no score" },
    computable: {
      zh: "指标{name}未填写得分（按规则应为 {expected}，重新计算时将写入）",
      en: "Indicator {name} has no score (the rule gives {expected}; recompute writes it)",
    },
  },
  check: (f) =>
    f.unfilled
      ? []
      : f.weighted
          .filter((i) => i.score.kind === "empty" && !(f.hasWeightColumn && i.weightValue === null))
          .map((i): RuleHit => {
            const c = i.scoring.computed;
            return c !== null
              ? {
                  at: i.score.at,
                  variant: "computable",
                  data: { name: label(i), expected: c.toFixed() },
                  expected: c.toFixed(),
                }
              : { at: i.score.at, data: { name: label(i) } };
          }),
};
