// WEIGHT_SPLIT: the level-1 split differs from the "原则上" 产出 50 / 效益 30 / 满意度 10 + 预算 10.
import { ZERO } from "../decimal";
import type { FormRule } from "./rule";

export const weightSplit: FormRule = {
  code: "WEIGHT_SPLIT",
  severity: "info",
  scope: "form",
  messages: {
    default: {
      zh: "一级指标分值为 产出 {output} / 效益 {benefit} / 满意度 {satisfaction} / 预算执行率 {budget}，与原则上的 {norm} 不同",
      en: "Level-1 weights are output {output} / benefit {benefit} / satisfaction {satisfaction} / budget {budget}, not the usual {norm}",
    },
  },
  check: (f) => {
    if (!f.funding || !f.weighted.length || !Object.keys(f.groupWeights).length) return [];
    // Department forms and the older 共性指标 framework (项目决策/管理/产出/效益) have splits of their own.
    if (f.layout.kind === "department" || f.weighted.some((i) => i.budgetRate)) return [];
    if (f.hasWeightColumn && f.weighted.some((i) => i.weightValue === null)) return [];
    const split = f.layout.profile.split;
    const g = f.groupWeights;
    const output = g["产出"] ?? ZERO;
    const benefit = g["效益"] ?? ZERO;
    const satisfaction = g["满意度"] ?? ZERO;
    const budget = f.funding.weight;
    const same =
      output.eq(split["产出"]) &&
      benefit.eq(split["效益"]) &&
      satisfaction.eq(split["满意度"]) &&
      budget.eq(f.layout.profile.budgetWeight);
    if (same) return [];
    const norm = `${split["产出"]}/${split["效益"]}/${split["满意度"]}/${f.layout.profile.budgetWeight}`;
    const at = f.layout.indicators
      ? { r: f.layout.indicators.headerRow, c: f.layout.indicators.cols.level1 }
      : f.layout.anchor;
    return [
      {
        at,
        data: {
          output: output.toFixed(),
          benefit: benefit.toFixed(),
          satisfaction: satisfaction.toFixed(),
          budget: budget.toFixed(),
          norm,
        },
        expected: norm,
        actual: `${output.toFixed()}/${benefit.toFixed()}/${satisfaction.toFixed()}/${budget.toFixed()}`,
      },
    ];
  },
};
