// How rules print numbers in messages and in `expected`/`actual`: plain decimal strings.
import { D, type Dec } from "../decimal";
import type { NumCell } from "../score/num-cell";

/** `8.96`, `100` — 2 decimals at most, no trailing zeros. */
export function n2(x: Dec): string {
  return x.toDecimalPlaces(2, D.ROUND_HALF_UP).toFixed();
}

/** A fraction as a percentage with 2 decimals: 0.895525 → `89.55%`. */
export function pct(x: Dec): string {
  return `${x.times(100).toDecimalPlaces(2, D.ROUND_HALF_UP).toFixed(2)}%`;
}

/** What the cell shows, as the clerk sees it: 0.85 under a `0.00%` format shows `85.00%`. */
export function shown(cell: NumCell | null | undefined): string {
  if (!cell) return "";
  if (cell.kind !== "number" || cell.isText || cell.num === null) return cell.raw;
  // `0.00\%` prints the number itself with a `%`; `0.00%` prints the fraction ×100.
  if (cell.inPercent) return `${cell.num.toFixed(cell.decimals ?? cell.num.decimalPlaces())}%`;
  if (cell.percent) return `${cell.num.times(100).toFixed(cell.decimals ?? 2)}%`;
  return cell.decimals !== null ? cell.num.toFixed(cell.decimals) : cell.raw;
}

/** Entered number as a decimal string, or the raw text. */
export function entered(cell: NumCell): string {
  return cell.num !== null ? cell.num.toFixed() : cell.raw;
}
