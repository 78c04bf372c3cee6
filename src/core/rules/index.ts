// The one sorted registry of rules: a rule not listed here never runs (a test checks every file is).
import type { Rule } from "./rule";
import { cellErrorValue } from "./cell-error-value";
import { formIncomplete } from "./form-incomplete";
import { formNotFound } from "./form-not-found";
import { formUnfilled } from "./form-unfilled";
import { formulaResultMismatch } from "./formula-result-mismatch";
import { fullMarksUnderExecution } from "./full-marks-under-execution";
import { fundBalance } from "./fund-balance";
import { fundBudgetChanged } from "./fund-budget-changed";
import { fundNegative } from "./fund-negative";
import { fundNotNumber } from "./fund-not-number";
import { fundOverspent } from "./fund-overspent";
import { fundRate } from "./fund-rate";
import { fundReasonMissing } from "./fund-reason-missing";
import { fundScore } from "./fund-score";
import { fundSourcesSum } from "./fund-sources-sum";
import { gradeMismatch } from "./grade-mismatch";
import { gradeMissing } from "./grade-missing";
import { indActualComparator } from "./ind-actual-comparator";
import { indActualNotMeasured } from "./ind-actual-not-measured";
import { indBreakdownSum } from "./ind-breakdown-sum";
import { indBreakdownWeighted } from "./ind-breakdown-weighted";
import { indCostGe } from "./ind-cost-ge";
import { indDateOutOfYear } from "./ind-date-out-of-year";
import { indDeviationMissing } from "./ind-deviation-missing";
import { indDuplicateAcrossGroups } from "./ind-duplicate-across-groups";
import { indFractionAsPercent } from "./ind-fraction-as-percent";
import { indIncomplete } from "./ind-incomplete";
import { indOverachieved } from "./ind-overachieved";
import { indPercentOverFull } from "./ind-percent-over-full";
import { indPlaceholder } from "./ind-placeholder";
import { indScoreInvalid } from "./ind-score-invalid";
import { indScoreMismatch } from "./ind-score-mismatch";
import { indScoreMissing } from "./ind-score-missing";
import { indScoreOutOfBand } from "./ind-score-out-of-band";
import { indScoreOverWeight } from "./ind-score-over-weight";
import { indSubtotalSum } from "./ind-subtotal-sum";
import { indTargetMissed } from "./ind-target-missed";
import { indUnitConverted } from "./ind-unit-converted";
import { indUnitMismatch } from "./ind-unit-mismatch";
import { indValueUnparsed } from "./ind-value-unparsed";
import { indWeightMerged } from "./ind-weight-merged";
import { targetBudgetBlank } from "./target-budget-blank";
import { targetBudgetMismatch } from "./target-budget-mismatch";
import { targetFormEmpty } from "./target-form-empty";
import { targetIndAdded } from "./target-ind-added";
import { targetIndMissing } from "./target-ind-missing";
import { targetUnpaired } from "./target-unpaired";
import { targetValueChanged } from "./target-value-changed";
import { targetWeightChanged } from "./target-weight-changed";
import { totalAllFullMarks } from "./total-all-full-marks";
import { totalMismatch } from "./total-mismatch";
import { totalMissing } from "./total-missing";
import { totalOverCap } from "./total-over-cap";
import { weightAsPercent } from "./weight-as-percent";
import { weightSplit } from "./weight-split";
import { weightTotal } from "./weight-total";

export const RULES: readonly Rule[] = Object.freeze([
  cellErrorValue,
  formIncomplete,
  formNotFound,
  formUnfilled,
  formulaResultMismatch,
  fullMarksUnderExecution,
  fundBalance,
  fundBudgetChanged,
  fundNegative,
  fundNotNumber,
  fundOverspent,
  fundRate,
  fundReasonMissing,
  fundScore,
  fundSourcesSum,
  gradeMismatch,
  gradeMissing,
  indActualComparator,
  indActualNotMeasured,
  indBreakdownSum,
  indBreakdownWeighted,
  indCostGe,
  indDateOutOfYear,
  indDeviationMissing,
  indDuplicateAcrossGroups,
  indFractionAsPercent,
  indIncomplete,
  indOverachieved,
  indPercentOverFull,
  indPlaceholder,
  indScoreInvalid,
  indScoreMismatch,
  indScoreMissing,
  indScoreOutOfBand,
  indScoreOverWeight,
  indSubtotalSum,
  indTargetMissed,
  indUnitConverted,
  indUnitMismatch,
  indValueUnparsed,
  indWeightMerged,
  targetBudgetBlank,
  targetBudgetMismatch,
  targetFormEmpty,
  targetIndAdded,
  targetIndMissing,
  targetUnpaired,
  targetValueChanged,
  targetWeightChanged,
  totalAllFullMarks,
  totalMismatch,
  totalMissing,
  totalOverCap,
  weightAsPercent,
  weightSplit,
  weightTotal,
]);
