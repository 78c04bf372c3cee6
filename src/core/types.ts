// The core's domain types: what adapters feed in (SheetData), the findings and writes they get back.
import type { FINDING_CODES } from "./codes";

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

/** A finding code: one of FINDING_CODES, the list the rule registry is checked against. */
export type FindingCode = (typeof FINDING_CODES)[number];

/** The known templates (docs/rules.md §2); each has a Profile of thresholds and layout traits. */
export type ProfileId = "central-2020" | "shanxi" | "sichuan";

/** How an indicator is scored (docs/rules.md §4 "Method and score"). */
export type Method = "ge" | "le" | "eq" | "date" | "judgment";

/** What an overachievement (actual ≥ the ratio × target) costs, by deployment (docs/rules.md §5). */
export type OverachievePolicy = "explain" | "deduct" | "no-deduction";

/** Whether the deployment caps the total by the execution rate (docs/rules.md §5). */
export type TotalCapRule = "none" | "execution-rate";

/**
 * What an adapter may set for a deployment. Resolved once into the form's profile by the locator, so
 * the total row, the scores and the grade are all read under the same profile. Every option is
 * described (ids, labels, allowed values, defaults) by DEPLOYMENT_OPTIONS in profiles/options.ts,
 * which the CLI flags and the pane's settings panel are built from; values outside what it allows
 * are ignored by the core (the adapters reject them with a message first).
 */
export interface EvaluateOptions {
  /** Force a profile instead of detecting it from the labels. */
  profile?: ProfileId;
  /**
   * Lowest totals of 优 / 良 / 中 where a deployment differs from 90 / 80 / 60 (some use 80 / 70 / 60);
   * below the last is 差. Highest first (equal ones leave a grade out), within (0, 100].
   */
  gradeBands?: readonly [number, number, number];
  /** `execution-rate`: rate 70–80% → total ≤ 89, 60–70% → ≤ 79, < 60% → ≤ 69, < 50% → ≤ 59. */
  totalCap?: TotalCapRule;
  /** Overachievement: explanation required (default), 2 points off, or no deduction allowed. */
  overachievePolicy?: OverachievePolicy;
  /** Actual ≥ this percentage of the target is an overachievement (default 130). */
  overachievePercent?: number;
  /** Execution rate (percent) below which the funding block's 原因 must be filled (default 90). */
  reasonThresholdPercent?: number;
}

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
