// IND_OVERACHIEVED: actual ≥ 130% of target on a higher-is-better indicator (target set too low?).
import type { FormRule } from "./rule";
import { actualAt, label } from "./indicator-cells";

export const indOverachieved: FormRule = {
  code: "IND_OVERACHIEVED",
  severity: "info",
  scope: "form",
  messages: {
    default: {
      zh: "指标{name}实际完成“{actual}”超过指标值“{target}”的 {ratio}%，目标可能设置偏低，请说明原因",
      en: "Indicator {name}: actual “{actual}” exceeds {ratio}% of the target “{target}” (target set too low?); explain why",
    },
    explained: {
      zh: "指标{name}实际完成“{actual}”超过指标值“{target}”的 {ratio}%，已说明原因",
      en: "Indicator {name}: actual “{actual}” exceeds {ratio}% of the target “{target}”; explained",
    },
  },
  check: (f) =>
    f.weighted
      .filter((i) => i.scoring.overachieved)
      .map((i) => ({
        at: actualAt(i),
        severity: i.deviationEmpty ? ("warning" as const) : ("info" as const),
        variant: i.deviationEmpty ? "default" : "explained",
        data: {
          name: label(i),
          actual: i.actualText,
          target: i.targetText,
          ratio: String(Math.round(f.layout.profile.overachieveRatio * 100)),
        },
      })),
};
