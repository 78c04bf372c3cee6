// WEIGHT_AS_PERCENT: the weights are typed as percentages (20% = 0.2) instead of points (20).
import type { FormRule } from "./rule";

export const weightAsPercent: FormRule = {
  code: "WEIGHT_AS_PERCENT",
  severity: "error",
  scope: "form",
  messages: {
    default: {
      zh: "分值按百分比填写（如 {example}），应填分数（如 {points}）：检查按分数核对，重新计算不写入本表",
      en: "The weights are typed as percentages ({example}) instead of points ({points}): checked as points, recompute writes nothing on this form",
    },
  },
  check: (f) => {
    if (!f.weightsAsPercent) return [];
    const first = f.weighted.find((i) => i.weight && i.weightValue);
    if (!first?.weight || !first.weightValue) return [];
    const typed = first.weight.num!;
    return [
      {
        at: first.weight.at,
        data: {
          example: `${typed.times(100).toFixed()}%`,
          points: first.weightValue.toFixed(),
        },
        expected: first.weightValue.toFixed(),
        actual: typed.toFixed(),
      },
    ];
  },
};
