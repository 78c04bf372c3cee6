// The one list of finding codes, in the order docs/rules.md §7 and the JSON report (docs/report.md) list them.
// `FindingCode` derives from it; a test checks the rule registry registers exactly these codes.

export const FINDING_CODES = Object.freeze([
  "FORM_NOT_FOUND",
  "FORM_INCOMPLETE",
  "FORM_UNFILLED",
  "FUND_NOT_NUMBER",
  "FUND_NEGATIVE",
  "FUND_SOURCES_SUM",
  "FUND_BALANCE",
  "FUND_RATE",
  "FUND_OVERSPENT",
  "FUND_SCORE",
  "IND_INCOMPLETE",
  "IND_BREAKDOWN_SUM",
  "IND_VALUE_UNPARSED",
  "IND_ACTUAL_COMPARATOR",
  "IND_UNIT_MISMATCH",
  "IND_UNIT_CONVERTED",
  "IND_SCORE_MISSING",
  "IND_SCORE_INVALID",
  "IND_SCORE_OVER_WEIGHT",
  "IND_SCORE_MISMATCH",
  "IND_SCORE_OUT_OF_BAND",
  "IND_TARGET_MISSED",
  "IND_DEVIATION_MISSING",
  "IND_OVERACHIEVED",
  "IND_ACTUAL_NOT_MEASURED",
  "FULL_MARKS_UNDER_EXECUTION",
  "FUND_REASON_MISSING",
  "WEIGHT_TOTAL",
  "WEIGHT_SPLIT",
  "TOTAL_MISSING",
  "TOTAL_MISMATCH",
  "GRADE_MISSING",
  "GRADE_MISMATCH",
  "FORMULA_RESULT_MISMATCH",
  // Readings the contract did not foresee (recompute must never make a correct form wrong).
  "IND_BREAKDOWN_WEIGHTED",
  "IND_SUBTOTAL_SUM",
  "IND_WEIGHT_MERGED",
  "IND_FRACTION_AS_PERCENT",
  "WEIGHT_AS_PERCENT",
  // A cell showing #REF!, #DIV/0! …: its own problem, never "not a number".
  "CELL_ERROR_VALUE",
  // Deployment options and indicator quality (issue 10).
  "TOTAL_OVER_CAP",
  "TOTAL_ALL_FULL_MARKS",
  "FUND_BUDGET_CHANGED",
  "IND_COST_GE",
  "IND_PLACEHOLDER",
  "IND_PERCENT_OVER_FULL",
  "IND_DATE_OUT_OF_YEAR",
  "IND_DUPLICATE_ACROSS_GROUPS",
  // Cross-form flags over a batch of forms (issue 13): src/core/batch, not the per-form rule registry.
  "BATCH_UNIT_ALL_FULL_MARKS",
  "BATCH_TEXT_COPIED",
  "BATCH_SAME_INDICATORS",
] as const);

/** The codes no single form reports: src/core/batch finds them over many forms (docs/batch-report.md). */
export const BATCH_CODES = Object.freeze([
  "BATCH_UNIT_ALL_FULL_MARKS",
  "BATCH_TEXT_COPIED",
  "BATCH_SAME_INDICATORS",
] as const);
