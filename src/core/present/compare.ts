// The one "entered vs computed" comparison every host marks: at form precision, blank apart from wrong.
import { round2 } from "../decimal";
import { asDecimal } from "./number";

/**
 * - `same`: both numbers and equal at 2 decimals (`"8.960"` = `"8.96"`), or the same text (grades);
 * - `differs`: both present and not the same (`"9"` ≠ `"8.96"`, `"良"` ≠ `"优"`, a number ≠ text);
 * - `missing`: nothing entered where a value is computed: a gap to fill (IND_SCORE_MISSING,
 *   TOTAL_MISSING, GRADE_MISSING), not a wrong value, so hosts do not mark it "≠";
 * - `uncomputed`: nothing computed (a judgment indicator, a form without a total): nothing to compare.
 */
export type ScoreComparison = "same" | "differs" | "missing" | "uncomputed";

const blank = (value: string | null): boolean => value === null || value.trim() === "";

/**
 * Entered against computed at the precision of the forms: numbers are compared rounded half up to
 * 2 decimals, as the rules compare scores (docs/rules.md §4, `8.9600` = 8.96, `9` ≠ 9.8), so a host
 * never marks a score the rules accept; anything that is not a number is compared as trimmed text.
 */
export function compareScore(entered: string | null, computed: string | null): ScoreComparison {
  if (blank(computed)) return "uncomputed";
  if (blank(entered)) return "missing";
  const a = asDecimal(entered);
  const b = asDecimal(computed);
  if (a && b) return round2(a).equals(round2(b)) ? "same" : "differs";
  return entered!.trim() === computed!.trim() ? "same" : "differs";
}
