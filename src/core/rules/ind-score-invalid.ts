// IND_SCORE_INVALID: an indicator score that is not a number, or is negative.
import type { FormRule } from "./rule";
import { label } from "./indicator-cells";

export const indScoreInvalid: FormRule = {
  code: "IND_SCORE_INVALID",
  severity: "error",
  scope: "form",
  messages: {
    default: {
      zh: "指标{name}的得分“{value}”不是有效数字",
      en: "The score “{value}” of indicator {name} is not a valid number",
    },
    negative: {
      zh: "指标{name}的得分 {value} 为负数",
      en: "The score {value} of indicator {name} is negative",
    },
  },
  check: (f) =>
    f.unfilled
      ? []
      : f.weighted
          .filter(
            (i) =>
              // An error value (#REF!) is CELL_ERROR_VALUE's.
              (i.score.kind === "invalid" && !i.score.error) ||
              (i.entered !== null && i.entered.isNegative() && !i.entered.isZero())
          )
          .map((i) => ({
            at: i.score.at,
            variant: i.score.kind === "invalid" ? "default" : "negative",
            data: { name: label(i), value: i.score.raw },
            actual: i.score.raw,
          })),
};
