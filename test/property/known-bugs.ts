// Known defects the properties step around until they are fixed; each has a skipped BUG test in known-bugs.test.ts.
import { parseA1, parseArea, type Area } from "../../src/core/grid/address";
import type { FormReport } from "../../src/core/report/types";
import type { CellWrite, Finding } from "../../src/core/types";

const RANGE = /^[A-Z]{1,3}\d+:[A-Z]{1,3}\d+$/;

/** BUG 2: a form with a funding header but neither block readable gets a range like `A1:12`. */
export function hasValidRange(form: FormReport): boolean {
  return RANGE.test(form.range);
}

/**
 * The form's area. BUG 1: a sichuan form's range stops at its total row although its grade sits on
 * the 自评等级 row below, so the grade cell is added here.
 */
export function formArea(form: FormReport): Area {
  const area = parseArea(form.range);
  if (!form.grade) return area;
  const g = parseA1(form.grade.cell);
  return {
    top: Math.min(area.top, g.r),
    left: Math.min(area.left, g.c),
    bottom: Math.max(area.bottom, g.r),
    right: Math.max(area.right, g.c),
  };
}

/**
 * BUG 3: a form whose 总分 label is gone, with another form right below, reads the next form's title
 * rows as indicators; their findings point at the title's merged top-left, left of the form.
 * Only labels lost (chaos mode) lead here.
 */
export function cutOffSpill(f: Finding, area: Area): boolean {
  const p = parseA1(f.cell);
  return p.r >= area.top && p.r <= area.bottom;
}

function decimalsOf(text: string | null): number {
  if (text === null) return 0;
  const i = text.indexOf(".");
  return i < 0 ? 0 : text.length - i - 1;
}

/** BUG 4: a weight with more than 2 decimals: round2 of a full score lands above the weight. */
export function overWeightRounding(form: FormReport, f: Finding): boolean {
  if (f.code !== "IND_SCORE_OVER_WEIGHT") return false;
  const ind = form.indicators.find((i) => i.cell === f.cell);
  return ind !== undefined && decimalsOf(ind.weight) > 2;
}

/**
 * LIMIT 5: beyond ~1e11 a double cannot hold a money amount to 2 decimals or a rate to 4, so a
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

/**
 * BUG 5: a computed cell holding a formula with a wrong result (never overwritten): the written
 * total uses the formula's result (RULES §6, "as they stand after the write") while TOTAL_MISMATCH
 * adds the computed value, so the total just written is flagged again. Likewise a grade written
 * from the recomputed total beside a total formula showing another number (GRADE_MISMATCH).
 */
export function totalAfterWrongFormula(form: FormReport, f: Finding): boolean {
  const derived = f.code === "TOTAL_MISMATCH" || f.code === "GRADE_MISMATCH";
  return derived && form.findings.some((x) => x.code === "FORMULA_RESULT_MISMATCH");
}
