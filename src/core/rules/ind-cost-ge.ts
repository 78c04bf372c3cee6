// IND_COST_GE: a 成本指标 whose target is `≥` (a cost is a ceiling: `≤`).
import type { FormRule } from "./rule";
import { label, targetAt } from "./indicator-cells";

/** Cost indicators where more is better: savings and reductions (`成本节约率 ≥ 5%`). */
const MORE_IS_BETTER = /节约|节省|节支|降低|下降|压减|压缩|控制率|降幅/;

export const indCostGe: FormRule = {
  code: "IND_COST_GE",
  severity: "warning",
  scope: "form",
  messages: {
    default: {
      zh: "成本指标{name}的指标值“{target}”写成了 ≥（不低于）；成本是上限，应为 ≤（不高于）。按所写的 ≥ 计分",
      en: "Cost indicator {name} has the target “{target}” as ≥ (at least); a cost is a ceiling and should be ≤. Scored as written (≥)",
    },
  },
  check: (f) =>
    f.weighted
      .filter(
        (i) =>
          /成本/.test(i.level2) &&
          (i.target.comparator === "ge" || i.target.comparator === "gt") &&
          !MORE_IS_BETTER.test(i.name)
      )
      .map((i) => ({ at: targetAt(i), data: { name: label(i), target: i.targetText } })),
};
