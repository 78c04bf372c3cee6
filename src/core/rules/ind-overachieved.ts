// IND_OVERACHIEVED: actual ≥ 130% of target on a higher-is-better indicator (target set too low?).
// What it costs follows the deployment's overachievement policy (docs/rules.md §5).
import type { FormRule } from "./rule";
import { actualAt, label, overachieveScoreWrong, percentOverFull } from "./indicator-cells";

export const indOverachieved: FormRule = {
  code: "IND_OVERACHIEVED",
  severity: "info",
  scope: "form",
  messages: {
    default: {
      zh: "指标{name}实际完成“{actual}”超过指标值“{target}”的 {ratio}%，目标可能设置偏低，请说明原因",
      en: "Indicator {name}: actual “{actual}” exceeds {ratio}% of the target “{target}” (target set too low?); explain why",
    },
    deduct: {
      zh: "指标{name}实际完成“{actual}”超过指标值“{target}”的 {ratio}%，按本地规则扣 {points} 分",
      en: "Indicator {name}: actual “{actual}” exceeds {ratio}% of the target “{target}”; the deployment takes {points} points off",
    },
    noDeduction: {
      zh: "指标{name}实际完成“{actual}”超过指标值“{target}”的 {ratio}%，按本地规则不扣分，目标可能设置偏低",
      en: "Indicator {name}: actual “{actual}” exceeds {ratio}% of the target “{target}”; no deduction under the deployment's rules (target set too low?)",
    },
    explained: {
      zh: "指标{name}实际完成“{actual}”超过指标值“{target}”的 {ratio}%，已说明原因",
      en: "Indicator {name}: actual “{actual}” exceeds {ratio}% of the target “{target}”; explained",
    },
  },
  check: (f) => {
    const p = f.layout.profile;
    // Only "explanation required" asks for a reason; the others decide the score instead.
    const explain = p.overachievePolicy === "explain";
    return (
      f.weighted
        // An actual above 100% of a share is IND_PERCENT_OVER_FULL's: impossible, not overachieved.
        .filter(
          (i) =>
            i.scoring.overachieved && !overachieveScoreWrong(i) && !percentOverFull(i, "actual")
        )
        .map((i) => ({
          at: actualAt(i),
          severity: explain && i.deviationEmpty ? ("warning" as const) : ("info" as const),
          variant: !explain
            ? p.overachievePolicy === "deduct"
              ? "deduct"
              : "noDeduction"
            : i.deviationEmpty
              ? "default"
              : "explained",
          data: {
            name: label(i),
            actual: i.actualText,
            target: i.targetText,
            ratio: String(Math.round(p.overachieveRatio * 100)),
            points: String(p.overachieveDeduction),
          },
        }))
    );
  },
};
