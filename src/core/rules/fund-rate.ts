// FUND_RATE: 执行率 ≠ 全年执行数 / 全年预算数 at the cell's shown precision; a blank total-row rate is info.
import type { Dec } from "../decimal";
import { computedCells } from "../score/computed-cells";
import { rateFraction } from "../score/num-cell";
import { scoreFollowsEnteredRate } from "./fund-cells";
import { n2, pct, shown } from "./format";
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
    followed: {
      zh: "执行率应为 全年执行数 ÷ 全年预算数 = {expected}，填报为 {actual}；按此填报的预算执行率得分 {score} 也应为 {scoreExpected}",
      en: "The execution rate should be executed ÷ budget = {expected}; the form says {actual}. The budget score {score} taken from it should be {scoreExpected} as well",
    },
    blank: {
      zh: "执行率未填写（应为 {expected}），重新计算时将写入",
      en: "The execution rate is blank (should be {expected}); recompute writes it",
    },
  },
  check: (f) => {
    const followed = scoreFollowsEnteredRate(f);
    const fund = f.funding;
    return computedCells(f)
      .filter((c) => c.role === "rate" && !c.matches && !c.cell.formula)
      .map((c) => {
        const expected = pct(c.expected as Dec);
        const blank = c.cell.kind === "empty";
        const onTotal = c.cell === fund?.total?.rate;
        const variant = blank ? "blank" : followed && onTotal ? "followed" : undefined;
        const score: Record<string, string> =
          variant === "followed" && fund?.scoreCell?.num && fund.computedScore
            ? { score: n2(fund.scoreCell.num), scoreExpected: n2(fund.computedScore) }
            : {};
        return {
          at: c.cell.at,
          severity: blank ? ("info" as const) : undefined,
          variant,
          data: { expected, actual: shown(c.cell), ...score },
          expected: (c.expected as Dec).toDecimalPlaces(6).toFixed(),
          actual: rateFraction(c.cell)?.toFixed() ?? c.cell.raw,
        };
      });
  },
};
