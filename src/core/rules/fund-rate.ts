// FUND_RATE: 执行率 ≠ 全年执行数 / 全年预算数 at the cell's shown precision; a blank total-row rate is info.
import type { Dec } from "../decimal";
import { computedCells } from "../score/computed-cells";
import { rateFraction } from "../score/num-cell";
import { pct, shown } from "./format";
import type { FormRule } from "./rule";

export const fundRate: FormRule = {
  code: "FUND_RATE",
  severity: "error",
  scope: "form",
  messages: {
    default: {
      zh: "执行率应为 全年执行数 ÷ 全年预算数 = {expected}，填报为 {actual}",
      en: "The execution rate should be executed ÷ budget = {expected}; the form says {actual}",
    },
    blank: {
      zh: "执行率未填写（应为 {expected}），重新计算时将写入",
      en: "The execution rate is blank (should be {expected}); recompute writes it",
    },
  },
  check: (f) =>
    computedCells(f)
      .filter((c) => c.role === "rate" && !c.matches && !c.cell.formula)
      .map((c) => {
        const expected = pct(c.expected as Dec);
        const blank = c.cell.kind === "empty";
        return {
          at: c.cell.at,
          severity: blank ? ("info" as const) : undefined,
          variant: blank ? "blank" : undefined,
          data: { expected, actual: shown(c.cell) },
          expected: (c.expected as Dec).toDecimalPlaces(6).toFixed(),
          actual: rateFraction(c.cell)?.toFixed() ?? c.cell.raw,
        };
      }),
};
