// IND_ACTUAL_COMPARATOR: an actual written as ≥/≤ (a restated target) instead of a measured value.
import type { FormRule } from "./rule";
import { actualAt, label } from "./indicator-cells";

export const indActualComparator: FormRule = {
  code: "IND_ACTUAL_COMPARATOR",
  severity: "warning",
  scope: "form",
  messages: {
    default: {
      zh: "指标{name}的实际完成值“{value}”带有比较符，应填写实际测得的数值（已按其中的数值评分）",
      en: "The actual “{value}” of {name} carries a comparator; write the measured value (scored on its number)",
    },
  },
  check: (f) =>
    f.weighted
      .filter((i) => i.scoring.actualComparator)
      .map((i) => ({
        at: actualAt(i),
        data: { name: label(i), value: i.actualText },
        actual: i.actualText,
      })),
};
