// IND_ACTUAL_NOT_MEASURED: a numeric or date target answered with words (`完成`, `无上访`).
import type { FormRule } from "./rule";
import { actualAt, isTemplatePlaceholder, label } from "./indicator-cells";

export const indActualNotMeasured: FormRule = {
  code: "IND_ACTUAL_NOT_MEASURED",
  severity: "warning",
  scope: "form",
  messages: {
    default: {
      zh: "指标{name}的指标值“{target}”是定量的，实际完成值“{actual}”却不是数值，请填写实际数值（按定性评判）",
      en: "Indicator {name} has a measurable target “{target}” but the actual “{actual}” is not a value; write the measured value",
    },
  },
  check: (f) =>
    f.weighted
      // A template placeholder left in the actual is IND_PLACEHOLDER's (one problem, one finding).
      .filter((i) => i.scoring.notMeasured && !isTemplatePlaceholder(i.actualText))
      .map((i) => ({
        at: actualAt(i),
        data: { name: label(i), target: i.targetText, actual: i.actualText },
        actual: i.actualText,
      })),
};
