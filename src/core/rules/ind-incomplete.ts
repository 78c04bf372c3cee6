// IND_INCOMPLETE: a named indicator without its weight (error), or without target or actual (warning).
import type { FormRule, RuleHit } from "./rule";
import { actualAt, isTemplatePlaceholder, label, rawName, targetAt } from "./indicator-cells";

export const indIncomplete: FormRule = {
  code: "IND_INCOMPLETE",
  severity: "error",
  scope: "form",
  messages: {
    weight: { zh: "指标{name}缺少分值（权重）", en: "Indicator {name} has no weight (分值)" },
    target: {
      zh: "指标{name}缺少指标值（目标），按定性评判",
      en: "Indicator {name} has no target value; scored by judgment",
    },
    actual: {
      zh: "指标{name}缺少实际完成值，按定性评判",
      en: "Indicator {name} has no actual value; scored by judgment",
    },
    name: {
      zh: "{name}填有数值但缺少三级指标名称",
      en: "{name} holds values but has no indicator name (三级指标)",
    },
  },
  check: (f) => {
    const hits: RuleHit[] = [];
    for (const i of f.weighted) {
      const data = { name: label(i) };
      // A name left as the template's `指标1` is IND_PLACEHOLDER's.
      if (!i.name && !isTemplatePlaceholder(rawName(f, i)))
        hits.push({ at: i.score.at, variant: "name", severity: "warning", data });
      // weightValue is null for a blank, a word and a negative weight alike: none can be scored against.
      // A weight showing #REF! is CELL_ERROR_VALUE's.
      if (f.hasWeightColumn && i.weight && i.weightValue === null && !i.weight.error) {
        hits.push({ at: i.weight.at, variant: "weight", data });
      }
      if (i.target.empty)
        hits.push({ at: targetAt(i), variant: "target", severity: "warning", data });
      if (i.actual.empty && (!f.unfilled || f.scoreless))
        hits.push({ at: actualAt(i), variant: "actual", severity: "warning", data });
    }
    return hits;
  },
};
