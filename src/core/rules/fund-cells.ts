// What the funding rules share: the budget score a wrong entered rate would give.
import { capScore, D, type Dec } from "../decimal";
import type { FormEval } from "../score/form";
import { eq2, rateFraction, rateShownEqual } from "../score/num-cell";

/**
 * The budget score the total row's entered execution rate gives, when that rate is filled in and
 * wrong (FUND_RATE's error): round2(min(entered rate, 1) × weight). Null when the entered rate is
 * right, blank, a formula or not a number.
 */
export function scoreOfEnteredRate(f: FormEval): Dec | null {
  const fund = f.funding;
  const cell = fund?.total?.rate;
  const computed = fund?.total?.computedRate;
  if (!fund || !cell || !computed || cell.formula || cell.kind !== "number") return null;
  if (rateShownEqual(cell, computed)) return null;
  const entered = rateFraction(cell);
  return entered === null || entered.lt(0)
    ? null
    : capScore(D.min(entered, 1).times(fund.weight), fund.weight);
}

/**
 * The entered budget score follows the entered (wrong) rate: one cause, reported once by FUND_RATE,
 * which names the score too (docs/rules.md §3). A score matching neither rate is FUND_SCORE's as well.
 */
export function scoreFollowsEnteredRate(f: FormEval): boolean {
  const fromRate = scoreOfEnteredRate(f);
  const score = f.funding?.scoreCell;
  return (
    fromRate !== null &&
    !!score &&
    score.kind === "number" &&
    !score.formula &&
    score.num !== null &&
    eq2(score.num, fromRate) &&
    f.funding?.computedScore != null &&
    !eq2(score.num, f.funding.computedScore)
  );
}

/**
 * The total row's 年初预算数 and 全年预算数 when they differ (a budget changed during the year), on a
 * block with a 原因 cell; null otherwise. With two 年初 columns (目标申报数 + 预算编制数) the last
 * one filled is the budget set at the start of the year.
 */
export function budgetChange(f: FormEval): { initial: Dec; budget: Dec } | null {
  const fund = f.funding;
  const total = fund?.total;
  if (!fund || !total || fund.layout.cols.reason === null) return null;
  const initial = [...total.initial].reverse().find((c) => c.kind === "number")?.num ?? null;
  const budget = total.budget.kind === "number" ? total.budget.num : null;
  if (initial === null || budget === null || initial.eq(budget)) return null;
  return { initial, budget };
}

/** The execution rate is below the deployment's threshold and the 原因 cell is empty. */
export function reasonMissingByRate(f: FormEval): boolean {
  const fund = f.funding;
  return (
    !!fund?.total &&
    fund.layout.cols.reason !== null &&
    fund.rate !== null &&
    fund.reasonEmpty &&
    fund.rate.lt(f.layout.profile.reasonThreshold)
  );
}
