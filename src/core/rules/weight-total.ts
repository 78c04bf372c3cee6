// WEIGHT_TOTAL: indicator weights plus the budget weight do not add up to 100.
import { D } from "../decimal";
import type { RC } from "../grid/address";
import type { FormEval } from "../score/form";
import type { FormRule } from "./rule";

/**
 * The total row's 分值 cell; but where the 总分 label is merged over the weight column (shanxi), the
 * first weight cell; without a weight column, the first `(N分)` 一级指标 label.
 */
function where(f: FormEval): RC {
  const t = f.layout.total;
  const w = t?.weightCell;
  if (w && !(w.r === t.labelCell.r && w.c === t.labelCell.c)) return w;
  const firstWeight = f.weighted.find((i) => i.weight)?.weight?.at;
  if (firstWeight) return firstWeight;
  const level1 = f.indicators.find((i) => i.level1Weight !== null);
  if (level1 && f.layout.indicators)
    return f.grid.anchor(level1.row, f.layout.indicators.cols.level1);
  return f.layout.anchor;
}

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
    return [
      {
        at: where(f),
        data: { indicators: ind.toFixed(), budget: f.funding.weight.toFixed(), sum: sum.toFixed() },
        expected: new D(100).toFixed(),
        actual: sum.toFixed(),
      },
    ];
  },
};
