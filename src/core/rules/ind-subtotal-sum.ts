// IND_SUBTOTAL_SUM: a 小计/合计 row inside the indicator block whose weight or score is not its rows' sum.
import { type Dec, ZERO } from "../decimal";
import type { IndicatorEval } from "../score/form";
import { eq2 } from "../score/num-cell";
import type { FormRule, RuleHit } from "./rule";

/** Σ over the rows a subtotal covers; null when a row's value is unknown. */
function sumOf(rows: IndicatorEval[], pick: (i: IndicatorEval) => Dec | null): Dec | null {
  let s = ZERO;
  for (const i of rows) {
    const v = pick(i);
    if (v === null) return null;
    s = s.plus(v);
  }
  return s;
}

export const indSubtotalSum: FormRule = {
  code: "IND_SUBTOTAL_SUM",
  severity: "warning",
  scope: "form",
  messages: {
    default: {
      zh: "小计行“{name}”的{field}为 {actual}，其上各指标合计 {expected}（小计行不计入总分，也不会被改写）",
      en: "The subtotal row “{name}” shows {actual} for the {field}; its rows add up to {expected} (subtotals are never counted in the total nor written)",
    },
  },
  check: (f) => {
    const hits: RuleHit[] = [];
    f.indicators.forEach((row, index) => {
      if (row.kind !== "subtotal") return;
      const covered = f.indicators
        .slice(row.subtotalFrom ?? 0, index)
        .filter((i) => i.kind === "indicator");
      if (!covered.length) return;
      const fields: [typeof row.weight, Dec | null, { zh: string; en: string }][] = [
        [row.weight, sumOf(covered, (i) => i.countedWeight), { zh: "分值", en: "weight" }],
        [
          row.score,
          sumOf(
            covered.filter((i) => !i.scoreShared),
            (i) => i.entered
          ),
          { zh: "得分", en: "score" },
        ],
      ];
      for (const [cell, sum, field] of fields) {
        if (!cell || cell.kind !== "number" || sum === null || eq2(cell.num!, sum)) continue;
        hits.push({
          at: cell.at,
          data: { name: row.name, field, actual: cell.num!.toFixed(), expected: sum.toFixed() },
          expected: sum.toFixed(),
          actual: cell.num!.toFixed(),
        });
      }
    });
    return hits;
  },
};
