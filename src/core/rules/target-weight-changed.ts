// TARGET_WEIGHT_CHANGED: an indicator weighted differently on the 自评表 than on its target form.
import { weightScale, weightsDiffer } from "../targets/compare";
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
    scale: {
      zh: "每个指标的分值都是{form}（{where}）所设权重的 {ratio} 倍：两表的分值体系不同，未逐项比较",
      en: "Every indicator weighs {ratio} times its weight in {form} ({where}): the forms weigh on different scales, not compared one by one",
    },
  },
  check: (p) => {
    if (p.kind !== "pair" || !p.target.hasWeights || !p.form.hasWeightColumn) return [];
    const scale = weightScale(
      p.match.pairs.map((x) => ({ set: x.set.row.weight, self: x.self.weight }))
    );
    if (scale) {
      // 90 points over the indicators against a 申报表 weighing them to 100: one scale, said once.
      const cols = p.form.layout.indicators!.cols;
      const header = { r: p.form.layout.indicators!.headerRow, c: cols.weight! };
      const t = p.target.layout.indicators;
      const at = { r: t.headerRow, c: t.cols.weight! };
      return [
        {
          at: header,
          severity: "info",
          variant: "scale",
          data: { form: formName(p.target), where: where(p.target, at), ratio: scale.toFixed() },
        },
      ];
    }
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
