// Reads a money/rate/score cell as a decimal, remembering how it is shown (text or number, %, decimals).
import { D, type Dec } from "../decimal";
import type { RC } from "../grid/address";
import type { Grid } from "../grid/grid";
import { isEmptyValue, squash } from "../text/normalize";
import { formatDecimals, isPercentFormat } from "../values/number-format";

export interface NumCell {
  at: RC;
  kind: "empty" | "number" | "invalid";
  /** The number as written: `89.55` for `"89.55%"`, `0.8955` for 0.8955 with a `0.00%` format. */
  num: Dec | null;
  /** Shown with a percent sign (text `%` or a percent format). */
  percent: boolean;
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
  const raw = v === null ? "" : String(v).trim();
  const cell = (
    kind: NumCell["kind"],
    num: Dec | null,
    percent: boolean,
    isText: boolean,
    decimals: number | null
  ): NumCell => ({ at, kind, num, percent, isText, decimals, formula, numberFormat, raw });
  if (typeof v === "number" && Number.isFinite(v)) {
    return cell(
      "number",
      new D(v),
      isPercentFormat(numberFormat),
      false,
      formatDecimals(numberFormat)
    );
  }
  if (typeof v === "boolean") return cell("invalid", null, false, false, null);
  if (v === null || isEmptyValue(raw)) return cell("empty", null, false, false, null);
  const t = squash(raw)
    .replace(/(\d),(?=\d{3}(\D|$))/g, "$1")
    .replace(/^=/, "");
  const m = NUMERIC_TEXT.exec(t);
  if (!m) return cell("invalid", null, false, true, null);
  return cell("number", new D(m[1] + m[2]), m[3] === "%", true, decimalsOf(m[2]));
}

/** The value as a fraction for a rate cell: `"89.55%"` → 0.8955; 96.84 (no %) → 0.9684. */
export function rateFraction(cell: NumCell): Dec | null {
  if (cell.num === null) return null;
  if (cell.percent && cell.isText) return cell.num.div(100);
  if (cell.percent) return cell.num;
  return cell.num.abs().gt(2) ? cell.num.div(100) : cell.num;
}

/** Whether a rate cell shows `rate` at its own precision (`86%` shows 86.20%). */
export function rateShownEqual(cell: NumCell, rate: Dec): boolean {
  if (cell.num === null) return false;
  const num = cell.num;
  const ownDecimals = decimalsOf(num.toFixed());
  if (cell.percent && !cell.isText) {
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
