// WEIGHT_TOTAL: indicator weights plus the budget weight do not add up to 100.
import { D } from "../decimal";
import type { FormRule } from "./rule";

export const weightTotal: FormRule = {
  code: "WEIGHT_TOTAL",
  severity: "error",
  scope: "form",
  messages: {
    default: {
      zh: "分值合计应为 100：指标分值 {indicators} + 预算执行率分值 {budget} = {sum}",
      en: "Weights must add up to 100: indicators {indicators} + budget {budget} = {sum}",
    },
  },
  check: (f) => {
    const ind = f.indicatorWeightSum;
    if (ind === null || !f.funding || !f.weighted.length) return [];
    if (f.hasWeightColumn && f.weighted.some((i) => i.weightValue === null)) return [];
    const sum = ind.plus(f.funding.weight);
    if (sum.eq(100)) return [];
    const at =
      f.layout.total?.weightCell ?? f.weighted.find((i) => i.weight)?.weight?.at ?? f.layout.anchor;
    return [
      {
        at,
        data: { indicators: ind.toFixed(), budget: f.funding.weight.toFixed(), sum: sum.toFixed() },
        expected: new D(100).toFixed(),
        actual: sum.toFixed(),
      },
    ];
  },
};
