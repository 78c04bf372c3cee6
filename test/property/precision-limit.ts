// The one limit the properties step around: numbers too large for a double to hold at form precision.
import type { CellWrite } from "../../src/core/types";

/**
 * beyond ~1e11 a double cannot hold a money amount to 2 decimals or a rate to 4, so a
 * written value reads back different and a recompute is not idempotent.
 */
export const PRECISION_LIMIT = 1e11;

export function beyondPrecision(w: Pick<CellWrite, "value" | "before">): boolean {
  const big = (v: unknown) => {
    const n = typeof v === "number" ? v : Number(String(v ?? "").replace(/[%\s]/g, ""));
    if (Number.isNaN(n)) return false;
    return !Number.isFinite(n) || Math.abs(n) >= PRECISION_LIMIT;
  };
  return big(w.value) || big(w.before.value);
}
