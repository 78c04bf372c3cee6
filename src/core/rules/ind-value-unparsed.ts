// IND_VALUE_UNPARSED: a target/actual that looks numeric but is not one readable number.
import type { FormRule } from "./rule";
import { actualAt, label, targetAt } from "./indicator-cells";

export const indValueUnparsed: FormRule = {
  code: "IND_VALUE_UNPARSED",
  severity: "warning",
  scope: "form",
  messages: {
    default: {
      zh: "指标{name}的“{value}”无法识别为一个数值，按定性评判；请填写单一数值及单位",
      en: "“{value}” of indicator {name} is not one readable number; scored by judgment. Write one number and unit",
    },
  },
  check: (f) =>
    f.weighted
      .filter((i) => i.scoring.unparsed)
      .map((i) => {
        const isTarget = i.scoring.unparsed === "target";
        const value = isTarget ? i.targetText : i.actualText;
        return {
          at: isTarget ? targetAt(i) : actualAt(i),
          data: { name: label(i), value },
          actual: value,
        };
      }),
};
