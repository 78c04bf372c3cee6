// IND_UNIT_CONVERTED: target and actual in different but convertible units (元 ↔ 万元), converted.
import type { FormRule } from "./rule";
import { actualAt, label } from "./indicator-cells";

export const indUnitConverted: FormRule = {
  code: "IND_UNIT_CONVERTED",
  severity: "info",
  scope: "form",
  messages: {
    default: {
      zh: "指标{name}的指标值“{target}”与实际完成值“{actual}”单位不同，已换算为 {converted}{unit} 比较；建议统一单位",
      en: "Target “{target}” and actual “{actual}” of {name} differ in unit; compared as {converted} {unit}. Use one unit",
    },
  },
  check: (f) =>
    f.weighted
      .filter((i) => i.scoring.unitConverted && i.scoring.a)
      .map((i) => ({
        at: actualAt(i),
        data: {
          name: label(i),
          target: i.targetText,
          actual: i.actualText,
          converted: i.scoring.a!.toDecimalPlaces(4).toFixed(),
          unit: i.target.unit?.symbol ?? "",
        },
      })),
};
