// IND_BREAKDOWN_SUM: 其中 breakdown rows whose numbers share the parent's unit do not add up to the parent.
import { type Dec, ZERO } from "../decimal";
import type { IndicatorEval } from "../score/form";
import type { Parsed } from "../values/parse";
import type { FormRule, RuleHit } from "./rule";
import { label } from "./indicator-cells";

function inUnitOf(p: Parsed, parent: Parsed): Dec | null {
  if (p.number === undefined || parent.number === undefined) return null;
  if (!p.unit || !parent.unit) return p.unit || parent.unit ? null : p.number;
  if (p.unit.dim !== parent.unit.dim) return null;
  return p.number.times(p.unit.factor).div(parent.unit.factor);
}

export const indBreakdownSum: FormRule = {
  code: "IND_BREAKDOWN_SUM",
  severity: "warning",
  scope: "form",
  messages: {
    default: {
      zh: "指标{name}的“其中”分项{field}合计 {sum}，与该指标的 {parent} 不符",
      en: "The 其中 breakdown rows of {name} add up to {sum} ({field}), not the indicator's {parent}",
    },
  },
  check: (f) => {
    const hits: RuleHit[] = [];
    f.indicators.forEach((parent, index) => {
      const parts = f.indicators.filter((x) => x.kind === "breakdown" && x.parent === index);
      if (!parts.length) return;
      const fields: [keyof Pick<IndicatorEval, "target" | "actual">, { zh: string; en: string }][] =
        [
          ["target", { zh: "指标值", en: "target" }],
          ["actual", { zh: "实际完成值", en: "actual" }],
        ];
      for (const [key, field] of fields) {
        let sum: Dec | null = ZERO;
        for (const p of parts) {
          const v = inUnitOf(p[key], parent[key]);
          sum = v === null || sum === null ? null : sum.plus(v);
        }
        const own = parent[key].number;
        if (sum === null || own === undefined || sum.eq(own)) continue;
        const at = (key === "target" ? parent.targetCell : parent.actualCell) ?? parent.score.at;
        hits.push({
          at,
          data: { name: label(parent), field, sum: sum.toFixed(), parent: parent[key].raw },
          expected: own.toFixed(),
          actual: sum.toFixed(),
        });
      }
    });
    return hits;
  },
};
