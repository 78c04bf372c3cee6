// IND_BREAKDOWN_WEIGHTED: a 其中 breakdown row carries a weight or score: read as a breakdown, not counted.
import type { FormRule } from "./rule";

export const indBreakdownWeighted: FormRule = {
  code: "IND_BREAKDOWN_WEIGHTED",
  severity: "warning",
  scope: "form",
  messages: {
    default: {
      zh: "“其中”分项“{name}”填有分值或得分：按分项处理，不计入分值合计和总分，也不会被改写；如是独立指标，请去掉“其中”",
      en: "The 其中 breakdown “{name}” carries a weight or score: read as a breakdown, counted in neither the weights nor the total, never written; if it is an indicator of its own, drop the 其中",
    },
  },
  check: (f) =>
    f.indicators
      .filter((i) => i.kind === "breakdown" && i.weightedBreakdown)
      .map((i) => ({
        at: i.weight && i.weight.kind !== "empty" ? i.weight.at : i.score.at,
        data: { name: i.name },
      })),
};
