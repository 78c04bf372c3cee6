// IND_WEIGHT_MERGED: one weight cell merged over several indicator rows: the group's weight, not each row's.
import { rcKey } from "../grid/address";
import type { FormRule, RuleHit } from "./rule";

export const indWeightMerged: FormRule = {
  code: "IND_WEIGHT_MERGED",
  severity: "warning",
  scope: "form",
  messages: {
    default: {
      zh: "分值 {weight} 合并在 {count} 行指标上（{names}），按一组计入分值合计；各行得分无法逐项核算，重新计算不改写这些得分和总分",
      en: "The weight {weight} is merged over {count} indicator rows ({names}) and counted once for the group; no row can be scored on its own, so recompute leaves these scores and the total",
    },
  },
  check: (f) => {
    const groups = new Map<string, typeof f.weighted>();
    for (const i of f.weighted) {
      if (!i.weightMerged || !i.weight) continue;
      const key = rcKey(i.weight.at);
      groups.set(key, [...(groups.get(key) ?? []), i]);
    }
    const hits: RuleHit[] = [];
    for (const rows of groups.values()) {
      const w = rows[0].weight!;
      hits.push({
        at: w.at,
        data: {
          weight: w.num?.toFixed() ?? w.raw,
          count: String(rows.length),
          names: rows.map((i) => i.name || `#${i.row + 1}`).join("、"),
        },
      });
    }
    return hits;
  },
};
