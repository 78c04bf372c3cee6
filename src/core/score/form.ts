// Evaluates one located form: funding, indicators, weights, total and grade, ready for the rules.
import { capScore, D, type Dec, round2, ZERO } from "../decimal";
import type { Grid } from "../grid/grid";
import type { FormLayout } from "../locate/layout-types";
import { gradeOf, normalizeGrade, totalCapOf } from "../profiles";
import type { Method } from "../types";
import { evaluateFunding, type FundingEval, rawBudgetWeight } from "./funding";
import { type Group, type IndicatorRow, readIndicatorRows } from "./indicator-rows";
import { scoreIndicator, type Scoring } from "./method";
import { rcKey } from "../grid/address";
import { evaluateFormula } from "../values/formula";
import { eq2, type NumCell, readNum } from "./num-cell";

export interface IndicatorEval extends IndicatorRow {
  scoring: Scoring;
  method: Method;
  /** The weight as a number; null when missing, invalid or when the layout has no weight column. */
  weightValue: Dec | null;
  /** Entered score as a number (null when blank or invalid). */
  entered: Dec | null;
  /** A deduction the formula does not give, explained in the deviation cell: keep the entered score. */
  explainedDeduction: boolean;
  /** The recompute leaves the entered score (judgment, explained deduction, accepted ≤ formula, formula cell). */
  keepsEntered: boolean;
  /** Score as it stands after a recompute (computed where the rule writes, else entered). */
  after: Dec | null;
  /**
   * The weight cell is merged over several indicator rows: `weightValue` is the group's, counted
   * once in the sums, and no row of the group can be scored on its own.
   */
  weightMerged: boolean;
  /** The score cell is merged with an earlier row's: that row counts it, this one does not. */
  scoreShared: boolean;
  /** What the row adds to weight sums: its weight, 0 for a later row under a merged weight. */
  countedWeight: Dec | null;
  /**
   * The 预算执行率 row of the older 共性指标 framework (项目管理 → 预算执行率): scored from the funding
   * block's rate, round2(min(rate, 1) × weight), like a budget score.
   */
  budgetRate: boolean;
}

export interface TotalEval {
  cell: NumCell;
  /**
   * Budget score (computed, else entered) + Σ indicator scores (entered, computed where blank), no
   * higher than `cap`.
   */
  arithmetic: Dec | null;
  /** The same sum before the deployment's cap. */
  uncapped: Dec | null;
  /** The highest total the deployment allows at this form's execution rate; null when uncapped. */
  cap: Dec | null;
  /** The total a recompute writes: budget score + indicator scores after the write. */
  recomputed: Dec | null;
  gradeCell: NumCell | null;
  gradeEntered: string;
  /** Band of the entered total (or of the arithmetic total when none is entered). */
  gradeExpected: string | null;
  /**
   * The grade a recompute writes: the band of the recomputed total, or beside a total formula the
   * band of what that formula will show once the scores are written (null when it cannot be known).
   */
  recomputedGrade: string | null;
  /**
   * What a total formula will show after the recompute (see values/formula.ts); null when it cannot
   * be known here. A grade is written beside it only when it equals the recomputed total: a grade
   * that follows a wrong formula would be wrong too.
   */
  formulaAfter: Dec | null;
}

export interface FormEval {
  grid: Grid;
  layout: FormLayout;
  funding: FundingEval | null;
  indicators: IndicatorEval[];
  /** Named, scored rows: neither placeholders nor breakdowns. */
  weighted: IndicatorEval[];
  hasWeightColumn: boolean;
  groupWeights: Partial<Record<Group, Dec>>;
  indicatorWeightSum: Dec | null;
  /**
   * Every weight is at most 1 and they add up to 1 (or 0.9 beside the budget's 10%): weights typed as
   * percentages. Checks read them ×100; nothing on the form is written.
   */
  weightsAsPercent: boolean;
  total: TotalEval | null;
  /**
   * The indicator block has no 得分 column (a target-completion form): targets and actuals are
   * checked, nothing is scored, and no total row is expected. Counted as `unfilled` for the score rules.
   */
  scoreless: boolean;
  unfilled: boolean;
  /** Any deviation or 原因 text on the form. */
  anyExplanation: boolean;
}

/** The weight as read: a number ≥ 0, else null (blank, a word, negative). */
function weightOf(row: IndicatorRow): Dec | null {
  return row.weight && row.weight.kind === "number" && row.weight.num!.gte(0)
    ? row.weight.num!
    : null;
}

/** Weights that only make sense as percentages: all ≤ 1, adding up to 100% with the budget's. */
function percentWeights(rows: IndicatorRow[], budgetWeight: Dec | null): boolean {
  const weights = rows.filter((r) => r.kind === "indicator").map(weightOf);
  if (!weights.length || weights.some((w) => w === null || w.gt(1))) return false;
  const sum = weights.reduce((s: Dec, w) => s.plus(w!), ZERO);
  const budget = budgetWeight !== null && budgetWeight.lte(1) ? budgetWeight : null;
  return sum.eq(1) || sum.eq("0.9") || (budget !== null && sum.plus(budget).eq(1));
}

/** The indicator the older framework scores the budget by (项目管理 → 预算执行率 / 资金执行率). */
const BUDGET_RATE_NAME = /^(预算|资金)执行率$/;

/**
 * The form's 预算执行率 row (a funding block without 得分 beside it) is scored by the block's rate:
 * `{rate}`, null while the rate cannot be computed (nothing is then computed for the row); undefined
 * for any other row.
 */
function budgetRateOf(
  row: IndicatorRow,
  funding: FundingEval | null
): { rate: Dec | null } | undefined {
  if (!funding || funding.scored || row.kind !== "indicator") return undefined;
  return BUDGET_RATE_NAME.test(row.name.replace(/\s/g, "")) ? { rate: funding.rate } : undefined;
}

function evaluateIndicator(
  row: IndicatorRow,
  form: FormLayout,
  hasWeightColumn: boolean,
  weightScale: number,
  weightMerged: boolean,
  scoreShared: boolean,
  budgetRate: { rate: Dec | null } | undefined
): IndicatorEval {
  const read = weightOf(row);
  const weightValue = read && weightScale !== 1 ? read.times(weightScale) : read;
  const scoring = scoreIndicator(row, weightValue, form.year, form.profile);
  if (budgetRate) {
    // Its own target and actual do not score it: the money does, or nothing does.
    const rate = budgetRate.rate;
    scoring.method = "ge";
    scoring.computed =
      rate !== null && weightValue !== null
        ? capScore(D.min(rate, 1).times(weightValue), weightValue)
        : null;
    scoring.alternative = null;
  }
  // A department form is scored by the department's own scheme: no project formula is applied.
  const department = form.kind === "department";
  const method: Method = hasWeightColumn && !department ? scoring.method : "judgment";
  // A group weight merged over several rows says nothing of each row's share: none is computed.
  if (!hasWeightColumn || weightMerged || scoreShared || department) {
    scoring.computed = null;
    scoring.alternative = null;
  }
  const entered = row.score.kind === "number" ? row.score.num : null;
  const computed = scoring.computed;
  const explainedDeduction =
    computed !== null &&
    entered !== null &&
    entered.lt(computed) &&
    !eq2(entered, computed) &&
    !row.deviationEmpty &&
    !scoring.deductionForbidden;
  const acceptedAlt =
    computed !== null &&
    entered !== null &&
    scoring.alternative !== null &&
    eq2(entered, scoring.alternative);
  const keep = computed === null || explainedDeduction || acceptedAlt || row.score.formula !== null;
  // The row was read for this evaluation only: extend it in place rather than copy ~25 fields.
  return Object.assign(row, {
    scoring,
    method,
    weightValue,
    entered,
    explainedDeduction,
    keepsEntered: keep,
    after: keep ? entered : computed,
    weightMerged,
    scoreShared,
    budgetRate: budgetRate !== undefined,
    countedWeight: weightValue,
  });
}

/** Rows whose weight cell is merged over several rows, and rows whose score cell an earlier row holds. */
function sharedCells(grid: Grid, rows: IndicatorRow[]) {
  const weightMerged = new Set<IndicatorRow>();
  const scoreShared = new Set<IndicatorRow>();
  const scores = new Set<string>();
  for (const row of rows) {
    if (row.kind !== "indicator") continue;
    const w = row.weight;
    if (w && w.kind !== "empty") {
      const area = grid.merge(w.at.r, w.at.c);
      if (area && area.top !== area.bottom) weightMerged.add(row);
    }
    const key = rcKey(row.score.at);
    if (scores.has(key)) scoreShared.add(row);
    scores.add(key);
  }
  return { weightMerged, scoreShared };
}

function sum(values: (Dec | null)[]): Dec | null {
  let s = ZERO;
  for (const v of values) {
    if (v === null) return null;
    s = s.plus(v);
  }
  return s;
}

export function evaluateForm(grid: Grid, layout: FormLayout): FormEval {
  let funding = layout.funding ? evaluateFunding(grid, layout.funding, layout.profile) : null;
  const hasWeightColumn = layout.indicators?.cols.weight !== undefined;
  const rows = layout.indicators ? readIndicatorRows(grid, layout.indicators) : [];
  const weightsAsPercent =
    hasWeightColumn && percentWeights(rows, funding ? rawBudgetWeight(funding) : null);
  if (weightsAsPercent && funding && layout.funding)
    funding = evaluateFunding(grid, layout.funding, layout.profile, 100);
  // A department form's budget score follows its own scheme: checked as a sum, never recomputed.
  if (funding && layout.kind === "department") funding.computedScore = null;
  const shared = sharedCells(grid, rows);
  const indicators = rows.map((r) =>
    evaluateIndicator(
      r,
      layout,
      hasWeightColumn,
      weightsAsPercent ? 100 : 1,
      shared.weightMerged.has(r),
      shared.scoreShared.has(r),
      budgetRateOf(r, funding)
    )
  );
  const weighted = indicators.filter((i) => i.kind === "indicator");
  // A weight merged over several rows is the group's: counted once, with the first row.
  const weightCounted = new Set<string>();
  for (const i of weighted) {
    if (!i.weightValue || !i.weight) continue;
    const key = rcKey(i.weight.at);
    if (weightCounted.has(key)) i.countedWeight = ZERO;
    weightCounted.add(key);
  }
  const counted = weighted.map((i) => i.countedWeight);
  const groupWeights: Partial<Record<Group, Dec>> = {};
  if (hasWeightColumn) {
    weighted.forEach((i, k) => {
      const w = counted[k];
      if (i.group && w) groupWeights[i.group] = (groupWeights[i.group] ?? ZERO).plus(w);
    });
  } else {
    for (const i of indicators) {
      if (i.group && i.level1Weight !== null) groupWeights[i.group] = new D(i.level1Weight);
    }
  }
  const indicatorWeightSum = hasWeightColumn
    ? counted.reduce((s: Dec, w) => s.plus(w ?? ZERO), ZERO)
    : Object.keys(groupWeights).length
      ? Object.values(groupWeights).reduce((s, w) => s.plus(w as Dec), ZERO)
      : null;
  const scoreless = !!layout.indicators && layout.indicators.cols.score === undefined;
  const unfilled =
    scoreless ||
    (weighted.every((i) => i.score.kind === "empty") &&
      (!layout.total ||
        readNum(grid, layout.total.scoreCell.r, layout.total.scoreCell.c).kind === "empty"));
  const anyExplanation =
    indicators.some((i) => !i.deviationEmpty) ||
    (funding?.layout.cols.reason != null && !funding.reasonEmpty);
  return {
    grid,
    layout,
    funding,
    indicators,
    weighted,
    hasWeightColumn,
    groupWeights,
    indicatorWeightSum,
    weightsAsPercent,
    total: layout.total
      ? evaluateTotal(
          grid,
          layout,
          funding,
          weighted.filter((i) => !i.scoreShared)
        )
      : null,
    scoreless,
    unfilled,
    anyExplanation,
  };
}

/** Whether a recompute writes a score the total adds up (a budget or indicator score that changes). */
function scoresChange(
  funding: FundingEval | null,
  budgetAfter: Dec | null,
  weighted: IndicatorEval[]
): boolean {
  const differs = (after: Dec | null, entered: Dec | null) =>
    after !== null && (entered === null || !eq2(after, entered));
  const budgetEntered = funding?.scoreCell?.kind === "number" ? funding.scoreCell.num : null;
  return differs(budgetAfter, budgetEntered) || weighted.some((i) => differs(i.after, i.entered));
}

/**
 * The grade beside a total formula (never overwritten) follows what the formula will show: evaluated
 * here when it can be, and then only when it shows the recomputed total (a grade that follows a wrong
 * formula is wrong too); otherwise its cached value, but only while no score under it changes.
 */
function formulaGrade(
  cell: NumCell,
  formulaAfter: Dec | null,
  recomputed: Dec | null,
  changes: boolean
): Dec | null {
  if (formulaAfter !== null)
    return recomputed !== null && eq2(formulaAfter, recomputed) ? formulaAfter : null;
  return !changes && cell.kind === "number" ? cell.num : null;
}

function evaluateTotal(
  grid: Grid,
  layout: FormLayout,
  funding: FundingEval | null,
  weighted: IndicatorEval[]
): TotalEval {
  const t = layout.total!;
  const cell = readNum(grid, t.scoreCell.r, t.scoreCell.c);
  const budgetEntered = funding?.scoreCell?.kind === "number" ? funding.scoreCell.num : null;
  // No funding block (FORM_INCOMPLETE): the budget score is unknown, so the total is not computable.
  // A budget score held by a formula is never overwritten: the form's arithmetic uses what it shows
  // (a wrong result is FORMULA_RESULT_MISMATCH's), like the total a recompute writes.
  // A block without a 得分 column adds nothing: its forms score the budget among the indicators.
  const budgetAfter =
    funding && !funding.scored
      ? ZERO
      : funding && funding.scoreCell?.formula
        ? budgetEntered
        : funding
          ? (funding.computedScore ?? budgetEntered)
          : null;
  const uncapped = sum([budgetAfter, ...weighted.map((i) => i.entered ?? i.scoring.computed)]);
  // A deployment may cap the total by the execution rate (docs/rules.md §5): the sum, then the cap.
  const capNumber = totalCapOf(layout.profile, funding?.rate ?? null);
  const cap = capNumber === null ? null : new D(capNumber);
  const capped = (x: Dec | null) => (x === null || cap === null ? x : D.min(x, cap));
  const arithmetic = capped(uncapped);
  const recomputed = capped(sum([budgetAfter, ...weighted.map((i) => i.after)]));
  const gradeCell = t.gradeCell ? readNum(grid, t.gradeCell.r, t.gradeCell.c) : null;
  const gradeBase = cell.kind === "number" ? cell.num : arithmetic;
  const bandOf = (x: Dec | null) =>
    x === null ? null : gradeOf(layout.profile, round2(x).toNumber());
  // What a total formula shows after the recompute: its cached value may predate a capped score.
  const after = new Map<string, Dec | null>();
  if (funding?.scoreCell) after.set(rcKey(funding.scoreCell.at), budgetAfter);
  for (const i of weighted) after.set(rcKey(i.score.at), i.after);
  const formulaAfter = cell.formula
    ? evaluateFormula(cell.formula, (r, c) => {
        const at = grid.anchor(r, c);
        if (after.has(rcKey(at))) return after.get(rcKey(at)) ?? "other";
        const n = readNum(grid, at.r, at.c);
        return n.kind === "empty" ? "blank" : n.kind === "number" && !n.isText ? n.num! : "other";
      })
    : null;
  return {
    cell,
    arithmetic: arithmetic && round2(arithmetic),
    uncapped: uncapped && round2(uncapped),
    cap,
    recomputed: recomputed && round2(recomputed),
    gradeCell,
    gradeEntered: gradeCell ? normalizeGrade(gradeCell.raw) : "",
    gradeExpected: bandOf(gradeBase),
    recomputedGrade: cell.formula
      ? bandOf(
          formulaGrade(
            cell,
            formulaAfter,
            recomputed,
            // A cached total above the deployment's cap is stale as surely as a changed score.
            scoresChange(funding, budgetAfter, weighted) ||
              (cap !== null && cell.num !== null && cell.num.gt(cap))
          )
        )
      : bandOf(recomputed),
    formulaAfter,
  };
}
