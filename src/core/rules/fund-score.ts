// FUND_SCORE: budget 得分 ≠ round2(min(执行率, 1) × 权重), or blank. Judged on its own: a score
// matching neither the entered nor the computed rate is reported even beside FUND_RATE.
import { D } from "../decimal";
import { scoreFollowsEnteredRate } from "./fund-cells";
import { entered, n2, pct } from "./format";
import type { FormRule } from "./rule";

export const fundScore: FormRule = {
  code: "FUND_SCORE",
  severity: "error",
  scope: "form",
  messages: {
    default: {
      zh: "预算执行率得分应为 min({rate}, 100%) × {weight} = {expected}，填报为 {actual}",
      en: "The budget score should be min({rate}, 100%) × {weight} = {expected}; the form says {actual}",
    },
    blank: {
      zh: "预算执行率得分未填写（应为 {expected}）",
      en: "The budget score is blank (should be {expected})",
    },
  },
  check: (f) => {
    const fund = f.funding;
    const cell = fund?.scoreCell;
    // An error value (#REF!) in the cell is CELL_ERROR_VALUE's.
    if (!fund || !cell || fund.computedScore === null || f.unfilled || cell.formula || cell.error)
      return [];
    const expected = n2(fund.computedScore);
    const data = {
      rate: pct(fund.rate ?? new D(0)),
      weight: n2(fund.weight),
      expected,
      actual: entered(cell),
    };
    if (cell.kind === "empty")
      return [{ at: cell.at, severity: "warning", variant: "blank", data, expected }];
    if (cell.num !== null && cell.num.toDecimalPlaces(2, D.ROUND_HALF_UP).eq(fund.computedScore))
      return [];
    // Scored from the wrong entered rate: FUND_RATE's finding names this score too.
    if (scoreFollowsEnteredRate(f)) return [];
    return [{ at: cell.at, data, expected, actual: entered(cell) }];
  },
};
