// Number, money and percent display: decimal strings from the report in, display strings out.
import { D, type Dec } from "../decimal";

// Only plain decimal notation counts as a number here: decimal.js would also take `0x1A`,
// `Infinity` or `NaN`, which a form's cell text never means as a number.
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** The value as a decimal when it is written as one (surrounding spaces allowed), else null. */
export function asDecimal(value: string | null | undefined): Dec | null {
  const text = value?.trim() ?? "";
  return DECIMAL.test(text) ? new D(text) : null;
}

/**
 * A number without trailing zeros or exponent (`"8.9600"` → `"8.96"`); text that is not a number
 * is shown as given; null for blank, so each host shows blank its own way (`-` in a terminal, `—` in
 * the pane).
 */
export function formatNumber(value: string | null | undefined): string | null {
  if (value === null || value === undefined || value.trim() === "") return null;
  return asDecimal(value)?.toFixed() ?? value;
}

/**
 * An amount of money (全年预算数, 全年执行数) as the form states it, in its own unit (usually 万元).
 * Shown like any number today; kept apart so amounts can gain grouping without touching scores.
 */
export function formatMoney(value: string | null | undefined): string | null {
  return formatNumber(value);
}

/** A fraction as a percent with 2 decimals, half up (`"0.895525"` → `"89.55%"`); text as given. */
export function formatPercent(fraction: string | null | undefined): string | null {
  if (fraction === null || fraction === undefined || fraction.trim() === "") return null;
  const x = asDecimal(fraction);
  return x ? `${x.times(100).toFixed(2, D.ROUND_HALF_UP)}%` : fraction;
}
