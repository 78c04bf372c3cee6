// Funding block arithmetic (docs/rules.md §3): rates, balances, source sums and the budget score.
import { capScore, D, type Dec, ZERO } from "../decimal";
import type { Grid } from "../grid/grid";
import { isEmptyText } from "../text/normalize";
import type { FundingLayout } from "../locate/layout-types";
import type { Profile } from "../profiles";
import { type NumCell, readNum } from "./num-cell";

export interface FundRow {
  row: number;
  isTotal: boolean;
  budget: NumCell;
  executed: NumCell;
  initial: NumCell[];
  balance: NumCell | null;
  rate: NumCell | null;
  /** Reason text of the block's 原因 column (empty string when none). */
  reason: string;
  reasonCell: NumCell | null;
  /** executed / budget, unrounded; null unless budget > 0 and both are numbers. */
  computedRate: Dec | null;
  /** budget − executed; null unless both are numbers. */
  computedBalance: Dec | null;
}

export interface SourceSumIssue {
  column: string;
  col: number;
  sum: Dec;
  total: Dec;
}

export interface FundingEval {
  layout: FundingLayout;
  total: FundRow | null;
  sources: FundRow[];
  weight: Dec;
  weightCell: NumCell | null;
  scoreCell: NumCell | null;
  /** Unrounded total-row rate, uncapped. */
  rate: Dec | null;
  /** round2(min(rate, 1) × weight); null when not computable. */
  computedScore: Dec | null;
  sourceIssues: SourceSumIssue[];
  /** Total row's 原因 is empty text while the block has a 原因 column. */
  reasonEmpty: boolean;
}

/** The budget's 分值 as typed (0.1 when weights are typed as percentages), or null when not typed. */
export function rawBudgetWeight(f: FundingEval): Dec | null {
  return f.weightCell?.kind === "number" ? f.weightCell.num : null;
}

/** Money value for sums: blank counts as 0. */
export function money(cell: NumCell): Dec {
  return cell.num ?? ZERO;
}

function readRow(grid: Grid, layout: FundingLayout, row: number, isTotal: boolean): FundRow {
  const cols = layout.cols;
  const budget = readNum(grid, row, cols.budget);
  const executed = readNum(grid, row, cols.executed);
  const balance = cols.balance !== null ? readNum(grid, row, cols.balance) : null;
  const rate = cols.rate !== null ? readNum(grid, row, cols.rate) : null;
  const reasonCell = cols.reason !== null ? readNum(grid, row, cols.reason) : null;
  // A blank, a dash or a formula without a result is not 0 here: a rate or balance computed from it
  // would be written as if it were read (the 其中 sums still count a blank as 0).
  const numeric = budget.kind === "number" && executed.kind === "number";
  const b = money(budget);
  const e = money(executed);
  return {
    row,
    isTotal,
    budget,
    executed,
    initial: cols.initial.map((c) => readNum(grid, row, c)),
    balance,
    rate,
    reason: cols.reason !== null ? grid.text(row, cols.reason) : "",
    reasonCell,
    computedRate: numeric && b.gt(0) ? e.div(b) : null,
    computedBalance: numeric ? b.minus(e) : null,
  };
}

const COLUMN_NAMES: Record<string, string> = {
  budget: "全年预算数",
  executed: "全年执行数",
  balance: "资金结(转)余",
};

function sourceIssues(layout: FundingLayout, total: FundRow, sources: FundRow[]): SourceSumIssue[] {
  if (!sources.length) return [];
  const issues: SourceSumIssue[] = [];
  const check = (
    column: string,
    col: number,
    pick: (r: FundRow) => NumCell | null,
    blankIsReported = false
  ) => {
    const t = pick(total);
    // A blank 全年预算数/全年执行数 on the total row is FUND_NOT_NUMBER's: one problem, one finding.
    if (!t || t.kind === "invalid" || (blankIsReported && t.kind === "empty")) return;
    let sum = ZERO;
    for (const s of sources) {
      const v = pick(s);
      if (v?.kind === "invalid") return;
      if (v) sum = sum.plus(money(v));
    }
    if (!sum.eq(money(t))) issues.push({ column, col, sum, total: money(t) });
  };
  layout.cols.initial.forEach((col, i) =>
    check(
      `年初预算数${layout.cols.initial.length > 1 ? i + 1 : ""}`,
      col,
      (r) => r.initial[i] ?? null
    )
  );
  check(COLUMN_NAMES.budget, layout.cols.budget, (r) => r.budget, true);
  check(COLUMN_NAMES.executed, layout.cols.executed, (r) => r.executed, true);
  if (layout.cols.balance !== null)
    check(COLUMN_NAMES.balance, layout.cols.balance, (r) => r.balance);
  return issues;
}

/**
 * `weightScale` 100 reads a 分值 typed as a percentage (0.1 = 10%) in 分, for forms whose weights are
 * all typed so (their writes are refused; the checks still speak in 分).
 */
export function evaluateFunding(
  grid: Grid,
  layout: FundingLayout,
  profile: Profile,
  weightScale = 1
): FundingEval {
  const total = layout.totalRow !== null ? readRow(grid, layout, layout.totalRow, true) : null;
  const sources = layout.sourceRows.map((r) => readRow(grid, layout, r, false));
  const weightCell =
    total && layout.cols.weight !== null ? readNum(grid, total.row, layout.cols.weight) : null;
  const weight =
    weightCell?.kind === "number" && weightCell.num!.gt(0)
      ? weightCell.num!.lte(1)
        ? weightCell.num!.times(weightScale)
        : weightCell.num!
      : new D(layout.labelWeight ?? profile.budgetWeight);
  const scoreCell =
    total && layout.cols.score !== null ? readNum(grid, total.row, layout.cols.score) : null;
  const issues = total ? sourceIssues(layout, total, sources) : [];
  let computedScore: Dec | null = null;
  let rate: Dec | null = null;
  if (total && total.budget.kind === "number" && total.executed.kind === "number") {
    rate = total.computedRate;
    const b = money(total.budget);
    if (b.gt(0) && rate) computedScore = capScore(D.min(rate, 1).times(weight), weight);
    else if (b.isZero()) {
      const subMoney = sources.some((s) => money(s.budget).gt(0) || money(s.executed).gt(0));
      // Budget 0 with money in a 其中 row is not computable: never score silently from a sub-row.
      computedScore = subMoney ? null : ZERO;
    }
    if (b.lt(0)) computedScore = null;
  }
  return {
    layout,
    total,
    sources,
    weight,
    weightCell,
    scoreCell,
    rate,
    computedScore,
    sourceIssues: issues,
    reasonEmpty: layout.cols.reason !== null && !!total && isEmptyText(total.reason),
  };
}
