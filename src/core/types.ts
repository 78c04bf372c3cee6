// The data shapes that cross the core's boundary: what adapters feed in (SheetData) and what they get back.

/** A cell value as Office.js `Range.values` returns it: percents as fractions, dates as serial numbers. */
export type CellValue = number | string | boolean | null;

/**
 * One sheet as an adapter reads it, in one batch. `top`/`left` are the 0-based row/column of
 * `values[0][0]` (the used range need not start at A1). `formulas`, `numberFormats` and `merges`
 * are optional: an adapter that cannot read them leaves them out and the core degrades.
 */
export interface SheetData {
  name: string;
  top: number;
  left: number;
  values: CellValue[][];
  /** Formula text (starting with `=`) or null/'' where the cell holds a constant. */
  formulas?: (string | null)[][];
  /** Invariant (en-US) number format codes, e.g. `0.00%`, `General`. */
  numberFormats?: (string | null)[][];
  /** Merged areas as A1 ranges (`A5:A20`); undefined = unknown (old Excel API), [] = none. */
  merges?: string[];
}

export type Severity = "error" | "warning" | "info";

export interface LocalizedText {
  zh: string;
  en: string;
}

/** The two languages every message, label and UI string exists in; Chinese first. */
export type Lang = keyof LocalizedText;

export type FindingCode =
  | "FORM_NOT_FOUND"
  | "FORM_INCOMPLETE"
  | "FORM_UNFILLED"
  | "FUND_NOT_NUMBER"
  | "FUND_NEGATIVE"
  | "FUND_SOURCES_SUM"
  | "FUND_BALANCE"
  | "FUND_RATE"
  | "FUND_OVERSPENT"
  | "FUND_SCORE"
  | "IND_INCOMPLETE"
  | "IND_BREAKDOWN_SUM"
  | "IND_BREAKDOWN_WEIGHTED"
  | "IND_SUBTOTAL_SUM"
  | "IND_WEIGHT_MERGED"
  | "IND_FRACTION_AS_PERCENT"
  | "IND_VALUE_UNPARSED"
  | "IND_ACTUAL_COMPARATOR"
  | "IND_UNIT_MISMATCH"
  | "IND_UNIT_CONVERTED"
  | "IND_SCORE_MISSING"
  | "IND_SCORE_INVALID"
  | "IND_SCORE_OVER_WEIGHT"
  | "IND_SCORE_MISMATCH"
  | "IND_SCORE_OUT_OF_BAND"
  | "IND_TARGET_MISSED"
  | "IND_DEVIATION_MISSING"
  | "IND_OVERACHIEVED"
  | "IND_ACTUAL_NOT_MEASURED"
  | "FULL_MARKS_UNDER_EXECUTION"
  | "FUND_REASON_MISSING"
  | "WEIGHT_TOTAL"
  | "WEIGHT_SPLIT"
  | "WEIGHT_AS_PERCENT"
  | "TOTAL_MISSING"
  | "TOTAL_MISMATCH"
  | "GRADE_MISSING"
  | "GRADE_MISMATCH"
  | "FORMULA_RESULT_MISMATCH";

/** One finding of the JSON report (docs/report.md). Numbers are decimal strings, never floats. */
export interface Finding {
  code: FindingCode;
  severity: Severity;
  sheet: string;
  /** A1 address on `sheet`. */
  cell: string;
  message: LocalizedText;
  expected?: string;
  actual?: string;
}

/** What a computed cell held before a write, so the write can be undone exactly. */
export interface CellSnapshot {
  value: CellValue;
  formula: string | null;
  numberFormat: string | null;
}

export type ComputedRole =
  "rate" | "balance" | "budgetScore" | "indicatorScore" | "total" | "grade";

/** A write of one computed cell (docs/rules.md §6). `numberFormat` null = leave the cell's format alone. */
export interface CellWrite {
  sheet: string;
  cell: string;
  row: number;
  col: number;
  role: ComputedRole;
  value: number | string;
  numberFormat: string | null;
  before: CellSnapshot;
}

/** A computed cell a recompute leaves alone because what it depends on could not be read for sure. */
export interface HeldWrite {
  sheet: string;
  cell: string;
  role: ComputedRole;
  /** Why, as the clerk reads it: `未写入：全年执行数未填写`. */
  reason: LocalizedText;
}

export interface Highlight {
  sheet: string;
  cell: string;
  severity: "error" | "warning";
}
