// TARGET_VALUE_CHANGED: the 自评表 states an indicator's target (value, comparator or unit) unlike its target form.
import { targetChange } from "../targets/compare";
import { formName, where } from "./target-cells";
import type { RuleHit, TargetRule } from "./rule";

export const targetValueChanged: TargetRule = {
  code: "TARGET_VALUE_CHANGED",
  severity: "warning",
  scope: "targets",
  messages: {
    value: {
      zh: "指标“{name}”的指标值为 {actual}，{form}（{where}）设定的是 {expected}",
      en: "Indicator “{name}”: target {actual}, but {form} ({where}) sets {expected}",
    },
    comparator: {
      zh: "指标“{name}”的比较符改变：自评表为 {actual}，{form}（{where}）为 {expected}",
      en: "Indicator “{name}”: comparator changed, {actual} here, {expected} in {form} ({where})",
    },
    unit: {
      zh: "指标“{name}”的计量单位改变：自评表为 {actual}，{form}（{where}）为 {expected}",
      en: "Indicator “{name}”: unit changed, {actual} here, {expected} in {form} ({where})",
    },
    blank: {
      zh: "指标“{name}”未填写指标值，{form}（{where}）设定的是 {expected}",
      en: "Indicator “{name}” has no target; {form} ({where}) sets {expected}",
    },
  },
  check: (p) => {
    if (p.kind !== "pair") return [];
    const hits: RuleHit[] = [];
    const cols = p.form.layout.indicators!.cols;
    for (const { set, self } of p.match.pairs) {
      const change = targetChange(set.row.target, self.target);
      if (!change) continue;
      const targetAt = set.row.targetCell ?? {
        r: set.row.row,
        c: p.target.layout.indicators.cols.name,
      };
      hits.push({
        at: self.targetCell ?? { r: self.row, c: cols.name },
        variant: change,
        data: {
          form: formName(p.target),
          where: where(p.target, targetAt),
          name: self.name,
          actual: self.targetText,
          expected: set.row.targetText,
        },
        expected: set.row.targetText,
        actual: self.targetText,
      });
    }
    return hits;
  },
};
