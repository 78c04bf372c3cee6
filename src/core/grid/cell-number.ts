// A number cell holds a binary double; the spreadsheet shows it, and means it, at 15 significant digits.
import { D, type Dec } from "../decimal";

/**
 * The double as the spreadsheet means it: `=E47-F47` caches 5.230000000000004 and Excel shows (and
 * compares) 5.23. Every number read from a cell becomes a Decimal through here, so a form whose
 * template computes with doubles is never reported wrong by the float noise of its own formulas.
 */
export function cellDecimal(v: number): Dec {
  return new D(v.toPrecision(15));
}

/** The same number as a plain decimal string (`5.23`, `0.0000001`): what messages print, never the raw double. */
export function cellNumberText(v: number): string {
  return Number.isFinite(v) ? cellDecimal(v).toFixed() : String(v);
}
