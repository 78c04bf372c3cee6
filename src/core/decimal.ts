// The one configured Decimal constructor and the rounding helpers every score and sum goes through.
import Decimal from "decimal.js";

export const D = Decimal.clone({ precision: 30, rounding: Decimal.ROUND_HALF_UP });
export type Dec = Decimal;

export const ZERO = new D(0);

/** Half-up to 2 decimals: the precision of every score on the forms. */
export function round2(x: Dec): Dec {
  return x.toDecimalPlaces(2, D.ROUND_HALF_UP);
}

/**
 * A computed score in 分: round2(x) kept within [0, weight], the cap being the weight rounded down to
 * 2 decimals so a written score never shows above its weight (weight 10.005 → at most 10.00).
 */
export function capScore(x: Dec, weight: Dec): Dec {
  const cap = weight.toDecimalPlaces(2, D.ROUND_DOWN);
  return D.min(D.max(round2(x), ZERO), cap);
}

/** Canonical decimal string for reports: no exponent, no trailing zeros (`8.9600` → `8.96`). */
export function decStr(x: Dec | null | undefined): string | null {
  if (x === null || x === undefined) return null;
  return x.toFixed();
}

/** A JS number for a cell write: 15 significant digits, the most a cell keeps. */
export function toCellNumber(x: Dec): number {
  return Number(x.toSignificantDigits(15).toString());
}
