// IND_TARGET_MISSED: a quantitative or date target not met (warning; info when the deviation is explained).
import type { FormRule } from "./rule";
import { actualAt, label } from "./indicator-cells";

export const indTargetMissed: FormRule = {
  code: "IND_TARGET_MISSED",
  severity: "warning",
  scope: "form",
  messages: {
    default: {
      zh: "指标{name}未达到指标值：目标“{target}”，实际“{actual}”；请在偏差原因栏说明",
      en: "Indicator {name} missed its target: “{target}” planned, “{actual}” achieved; explain the deviation",
    },
    explained: {
      zh: "指标{name}未达到指标值（目标“{target}”，实际“{actual}”），已说明偏差原因",
      en: "Indicator {name} missed its target (“{target}” planned, “{actual}” achieved); the deviation is explained",
    },
  },
  check: (f) =>
    f.weighted
      .filter((i) => i.scoring.targetMissed)
      .map((i) => ({
        at: actualAt(i),
        severity: i.deviationEmpty ? undefined : ("info" as const),
        variant: i.deviationEmpty ? "default" : "explained",
        data: { name: label(i), target: i.targetText, actual: i.actualText },
        expected: i.targetText,
        actual: i.actualText,
      })),
};
