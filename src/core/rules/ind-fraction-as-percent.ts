// IND_FRACTION_AS_PERCENT: a bare fraction (0.98) against a percentage target is read as a percent (98%).
import type { FormRule } from "./rule";
import { actualAt, label } from "./indicator-cells";

export const indFractionAsPercent: FormRule = {
  code: "IND_FRACTION_AS_PERCENT",
  severity: "info",
  scope: "form",
  messages: {
    default: {
      zh: "指标{name}的实际完成值 {actual} 按 {percent} 理解（指标值为“{target}”）；建议直接填写 {percent}",
      en: "The actual {actual} of {name} is read as {percent} (the target is “{target}”); write {percent} to say so",
    },
  },
  check: (f) =>
    f.weighted
      .filter((i) => i.scoring.fractionAsPercent && i.scoring.a)
      .map((i) => ({
        at: actualAt(i),
        data: {
          name: label(i),
          actual: i.actual.number!.toFixed(),
          percent: `${i.scoring.a!.toFixed()}%`,
          target: i.targetText,
        },
      })),
};
