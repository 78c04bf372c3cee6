// TARGET_WEIGHT_CHANGED: an indicator weighted differently on the 自评表 than on its target form.
import { weightsDiffer } from "../targets/compare";
import { entered } from "./format";
import { formName, where } from "./target-cells";
import type { RuleHit, TargetRule } from "./rule";

export const targetWeightChanged: TargetRule = {
  code: "TARGET_WEIGHT_CHANGED",
  severity: "warning",
  scope: "targets",
  messages: {
    default: {
      zh: "指标“{name}”的分值为 {actual}，{form}（{where}）设定的权重是 {expected}",
      en: "Indicator “{name}” weighs {actual}, but {form} ({where}) weights it {expected}",
    },
  },
  check: (p) => {
    if (p.kind !== "pair" || !p.target.hasWeights || !p.form.hasWeightColumn) return [];
    const hits: RuleHit[] = [];
    for (const { set, self } of p.match.pairs) {
      if (!weightsDiffer(set.row.weight, self.weight)) continue;
      const w = set.row.weight!;
      hits.push({
        at: self.weight!.at,
        data: {
          form: formName(p.target),
          where: where(p.target, w.at),
          name: self.name,
          actual: self.weight!.raw,
          expected: w.raw,
        },
        expected: entered(w),
        actual: entered(self.weight!),
      });
    }
    return hits;
  },
};
