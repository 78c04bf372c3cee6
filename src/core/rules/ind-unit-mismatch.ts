// IND_UNIT_MISMATCH: target and actual in units that do not convert (个 vs 人, % vs 元).
import type { FormRule } from "./rule";
import { actualAt, label } from "./indicator-cells";

export const indUnitMismatch: FormRule = {
  code: "IND_UNIT_MISMATCH",
  severity: "warning",
  scope: "form",
  messages: {
    default: {
      zh: "指标{name}的指标值“{target}”与实际完成值“{actual}”单位不一致且无法换算，按定性评判",
      en: "Target “{target}” and actual “{actual}” of {name} use units that do not convert; scored by judgment",
    },
  },
  check: (f) =>
    f.weighted
      .filter((i) => i.scoring.unitMismatch)
      .map((i) => ({
        at: actualAt(i),
        data: { name: label(i), target: i.targetText, actual: i.actualText },
        expected: i.target.unit?.symbol ?? null,
        actual: i.actual.unit?.symbol ?? null,
      })),
};
