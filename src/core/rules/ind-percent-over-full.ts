// IND_PERCENT_OVER_FULL: a rate or a 满意度 written above 100% (a share cannot exceed the whole).
import type { FormRule, RuleHit } from "./rule";
import { actualAt, label, percentOverFull, targetAt } from "./indicator-cells";

export const indPercentOverFull: FormRule = {
  code: "IND_PERCENT_OVER_FULL",
  severity: "warning",
  scope: "form",
  messages: {
    target: {
      zh: "指标{name}的指标值“{value}”超过 100%：比率或满意度不能超过 100%，请核对",
      en: "The target “{value}” of indicator {name} is above 100%: a rate or satisfaction cannot exceed 100%",
    },
    actual: {
      zh: "指标{name}的实际完成值“{value}”超过 100%：比率或满意度不能超过 100%，请核对",
      en: "The actual “{value}” of indicator {name} is above 100%: a rate or satisfaction cannot exceed 100%",
    },
  },
  check: (f) => {
    const hits: RuleHit[] = [];
    for (const i of f.weighted) {
      if (percentOverFull(i, "target"))
        hits.push({
          at: targetAt(i),
          variant: "target",
          data: { name: label(i), value: i.targetText },
        });
      if (percentOverFull(i, "actual"))
        hits.push({
          at: actualAt(i),
          variant: "actual",
          data: { name: label(i), value: i.actualText },
        });
    }
    return hits;
  },
};
