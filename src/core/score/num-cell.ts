// Reads a money/rate/score cell as a decimal, remembering how it is shown (text or number, %, decimals).
import { D, type Dec } from "../decimal";
import type { RC } from "../grid/address";
import { cellError, type ErrorValue } from "../grid/cell-error";
import { cellDecimal, cellNumberText } from "../grid/cell-number";
import type { Grid } from "../grid/grid";
import { isEmptyValue, squash } from "../text/normalize";
import { formatDecimals, isPercentFormat, isPercentLiteralFormat } from "../values/number-format";

export interface NumCell {
  at: RC;
  kind: "empty" | "number" | "invalid";
  /**
   * The number as written, at the 15 significant digits the sheet shows: `89.55` for `"89.55%"`,
   * `0.8955` for 0.8955 with a `0.00%` format, `96.84` for 96.84 with a literal-`%` format `0.00\%`.
   */
  num: Dec | null;
  /** Shown with a percent sign (text `%`, a percent format, or a literal `%` in the format). */
  percent: boolean;
  /**
   * `num` is in percent units, not a fraction: text `"89.55%"`, or a number under a format that only
   * prints a literal `%` (`0.00\%`, `0.00"%"`: 96.84 shows 96.84%).
   */
  inPercent: boolean;
  /**
   * An error value the cell shows (`#REF!` as a cached formula result or as text). Such a cell is
   * `invalid`; the error has a finding of its own (CELL_ERROR_VALUE), never "not a number".
   */
  error: ErrorValue | null;
  /** Stored as text (`"44.5000"`). */
  isText: boolean;
  /** Decimals shown (from the text, or the format; null for General numbers). */
  decimals: number | null;
  formula: string | null;
  numberFormat: string | null;
  raw: string;
}

// A score or weight written with its unit (`10分`) is still that number; money never carries 分.
const NUMERIC_TEXT = /^([+-]?)(\d+(?:\.\d*)?|\.\d+)(%?)分?$/;

function decimalsOf(digits: string): number {
  const i = digits.indexOf(".");
  return i < 0 ? 0 : digits.length - i - 1;
}

export function readNum(grid: Grid, r: number, c: number): NumCell {
  // Resolve the merge once: every property below belongs to the anchor cell.
  const at = grid.anchor(r, c);
  const v = grid.raw(at.r, at.c);
  const formula = grid.ownFormula(at.r, at.c);
  const numberFormat = grid.ownFormat(at.r, at.c);
  // A number prints as the sheet shows it (5.23, not 5.230000000000004), in messages too.
  const raw = v === null ? "" : typeof v === "number" ? cellNumberText(v) : String(v).trim();
  const error = cellError(v);
  const cell = (
    kind: NumCell["kind"],
    num: Dec | null,
    percent: boolean,
    isText: boolean,
    decimals: number | null,
    inPercent = percent && isText
  ): NumCell => ({
    at,
    kind,
    num,
    percent,
    inPercent,
    error,
    isText,
    decimals,
    formula,
    numberFormat,
    raw,
  });
  if (typeof v === "number" && Number.isFinite(v)) {
    const literal = isPercentLiteralFormat(numberFormat);
    return cell(
      "number",
      cellDecimal(v),
      literal || isPercentFormat(numberFormat),
      false,
      formatDecimals(numberFormat),
      literal
    );
  }
  if (typeof v === "boolean" || error) return cell("invalid", null, false, false, null);
  if (v === null || isEmptyValue(raw)) return cell("empty", null, false, false, null);
  const t = squash(raw)
    .replace(/(\d),(?=\d{3}(\D|$))/g, "$1")
    .replace(/^=/, "");
  const m = NUMERIC_TEXT.exec(t);
  if (!m) return cell("invalid", null, false, true, null);
  return cell("number", new D(m[1] + m[2]), m[3] === "%", true, decimalsOf(m[2]));
}

/** The value as a fraction for a rate cell: `"89.55%"` → 0.8955; 96.84 (no %, or `0.00\%`) → 0.9684. */
export function rateFraction(cell: NumCell): Dec | null {
  if (cell.num === null) return null;
  if (cell.inPercent) return cell.num.div(100);
  if (cell.percent) return cell.num;
  return cell.num.abs().gt(2) ? cell.num.div(100) : cell.num;
}

/** Whether a rate cell shows `rate` at its own precision (`86%` shows 86.20%). */
export function rateShownEqual(cell: NumCell, rate: Dec): boolean {
  if (cell.num === null) return false;
  const num = cell.num;
  const ownDecimals = decimalsOf(num.toFixed());
  if (cell.percent && !cell.inPercent) {
    // A fraction shown through a percent format: compare what the format shows.
    const dp = cell.decimals ?? 2;
    return roundHalfUp(num.times(100), dp).eq(roundHalfUp(rate.times(100), dp));
  }
  if (cell.percent || num.abs().gt(2)) {
    const dp = cell.decimals ?? ownDecimals;
    return roundHalfUp(num, dp).eq(roundHalfUp(rate.times(100), dp));
  }
  const dp = cell.decimals ?? Math.min(Math.max(ownDecimals, 2), 10);
  return roundHalfUp(num, dp).eq(roundHalfUp(rate, dp));
}

function roundHalfUp(x: Dec, dp: number): Dec {
  return x.toDecimalPlaces(dp, D.ROUND_HALF_UP);
}

/** Scores and money compare at 2 decimals (`8.9600` = 8.96, `9` ≠ 9.8). */
export function eq2(a: Dec, b: Dec): boolean {
  return a.toDecimalPlaces(2, D.ROUND_HALF_UP).eq(b.toDecimalPlaces(2, D.ROUND_HALF_UP));
}
