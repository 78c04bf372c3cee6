// Turns an evaluated form into the writes of its computed cells (docs/rules.md §6), keeping each cell's kind.
import { type Dec, D, round2, toCellNumber } from "../decimal";
import type { Grid } from "../grid/grid";
import { toA1 } from "../grid/address";
import { type ComputedCell, computedCells } from "../score/computed-cells";
import type { FormEval } from "../score/form";
import type { NumCell } from "../score/num-cell";
import type { CellWrite, HeldWrite, LocalizedText } from "../types";
import { isPercentFormat } from "../values/number-format";
import { holdsOf } from "./holds";

function isGeneral(format: string | null): boolean {
  return !format || format.toLowerCase() === "general";
}

function writesText(cell: NumCell): boolean {
  return cell.kind === "empty" ? cell.numberFormat === "@" : cell.isText;
}

function rateValue(
  cell: NumCell,
  rate: Dec
): { value: number | string; numberFormat: string | null } {
  if (!writesText(cell)) {
    // A literal-% format (`0.00\%`) shows the number as it is: write it in percent, like its input.
    if (cell.inPercent) return { value: toCellNumber(rate.times(100)), numberFormat: null };
    return {
      value: toCellNumber(rate),
      numberFormat: isPercentFormat(cell.numberFormat) ? null : "0.00%",
    };
  }
  // A fraction above 2 would read back as a percent number (docs/rules.md §3: 96.84 means 96.84%): write `%`.
  if (cell.percent || cell.kind === "empty" || rate.abs().gt(2)) {
    const dp = Math.max(cell.decimals ?? 2, 2);
    return {
      value: `${rate.times(100).toDecimalPlaces(dp, D.ROUND_HALF_UP).toFixed(dp)}%`,
      numberFormat: null,
    };
  }
  const dp = Math.max(cell.decimals ?? 4, 4);
  return { value: rate.toDecimalPlaces(dp, D.ROUND_HALF_UP).toFixed(dp), numberFormat: null };
}

function numberValue(
  cell: NumCell,
  x: Dec,
  exact: boolean
): { value: number | string; numberFormat: string | null } {
  const v = exact ? x : round2(x);
  if (!writesText(cell)) {
    return { value: toCellNumber(v), numberFormat: isGeneral(cell.numberFormat) ? "0.00" : null };
  }
  const dp = Math.max(cell.decimals ?? 2, exact ? v.decimalPlaces() : 2);
  return { value: v.toFixed(dp), numberFormat: null };
}

function toWrite(grid: Grid, c: ComputedCell): CellWrite {
  const { r, c: col } = c.cell.at;
  const content =
    c.role === "grade"
      ? { value: c.expected as string, numberFormat: null }
      : c.role === "rate"
        ? rateValue(c.cell, c.expected as Dec)
        : numberValue(c.cell, c.expected as Dec, c.role === "balance");
  return {
    sheet: grid.name,
    cell: toA1(r, col),
    row: r,
    col,
    role: c.role,
    value: content.value,
    numberFormat: content.numberFormat,
    before: {
      value: grid.raw(r, col),
      formula: grid.formula(r, col),
      numberFormat: grid.numberFormat(r, col),
    },
  };
}

/** Columns the form reads on row `r` (labels, inputs and the other computed cells), except column `own`. */
function otherColumns(form: FormEval, r: number, own: number): number[] {
  const l = form.layout;
  const cols: number[] = [];
  if (l.funding && (r === l.funding.totalRow || l.funding.sourceRows.includes(r))) {
    const f = l.funding.cols;
    cols.push(l.funding.labelLeft, f.budget, f.executed, ...f.initial);
    for (const c of [f.balance, f.rate, f.weight, f.score, f.reason]) if (c !== null) cols.push(c);
  }
  if (l.indicators?.rows.includes(r)) {
    for (const c of Object.values(l.indicators.cols)) if (c !== undefined) cols.push(c);
  }
  const t = l.total;
  if (t && t.row === r) {
    cols.push(t.labelCell.c, t.scoreCell.c);
    if (t.weightCell) cols.push(t.weightCell.c);
  }
  if (t?.gradeCell && t.gradeCell.r === r) cols.push(t.gradeCell.c);
  return cols.filter((c) => c !== own);
}

/**
 * A computed cell inside a merged area that also covers another cell the form reads (an input, a
 * label, another row) has no cell of its own: writing the area's top-left would overwrite that
 * other cell, so it is left alone (its finding still reports it).
 */
function sharesMerge(form: FormEval, c: ComputedCell): boolean {
  const area = form.grid.merge(c.cell.at.r, c.cell.at.c);
  if (!area) return false;
  if (area.top !== area.bottom) return true;
  const own = ownColumn(form, c.role);
  if (own === null) return true;
  return otherColumns(form, area.top, own).some((col) => col >= area.left && col <= area.right);
}

/** The layout column a computed role is read from. */
function ownColumn(form: FormEval, role: ComputedCell["role"]): number | null {
  const l = form.layout;
  switch (role) {
    case "rate":
      return l.funding?.cols.rate ?? null;
    case "balance":
      return l.funding?.cols.balance ?? null;
    case "budgetScore":
      return l.funding?.cols.score ?? null;
    case "indicatorScore":
      return l.indicators?.cols.score ?? null;
    case "total":
      return l.total?.scoreCell.c ?? null;
    case "grade":
      return l.total?.gradeCell?.c ?? null;
  }
}

export interface FormPatch {
  writes: CellWrite[];
  /** Computed cells left alone, each with the reason (`未写入：…`). */
  held: HeldWrite[];
}

/**
 * The writes a recompute makes on one form: computed cells that differ, never formulas, never inputs,
 * and none that depends on a reading that is not certain (see holds.ts); those are listed as held.
 */
export function patchForm(form: FormEval): FormPatch {
  const l = form.layout;
  // A form without 得分 has no total row: its funding block is still recomputed.
  if (!l.funding || l.funding.totalRow === null || !l.indicators || (!l.total && !form.scoreless))
    return { writes: [], held: [] };
  const sheet = form.grid.name;
  const holds = holdsOf(form);
  const heldAt = (
    at: { r: number; c: number },
    role: HeldWrite["role"],
    reason: LocalizedText
  ) => ({
    sheet,
    cell: toA1(at.r, at.c),
    role,
    reason: { zh: `未写入：${reason.zh}`, en: `Not written: ${reason.en}` },
  });
  if (holds.refused) {
    const refused = holds.refused;
    const cells = computedCells(form).filter((c) => !c.matches && !c.cell.formula);
    return { writes: [], held: cells.map((c) => heldAt(c.cell.at, c.role, refused)) };
  }
  const held = holds.cells.map((h) => heldAt(h.at, h.role, h.reason));
  const seen = new Set<string>();
  const out: CellWrite[] = [];
  // A score left unwritten (shared merge) keeps its old value, so a total and grade written from
  // the recomputed scores would disagree with the sheet: they are left too.
  let scoreLeft = false;
  for (const c of computedCells(form)) {
    if (c.matches || c.cell.formula) continue;
    if (holds.blocked.has(c.role)) continue;
    if (scoreLeft && (c.role === "total" || c.role === "grade")) continue;
    if (sharesMerge(form, c)) {
      scoreLeft ||= c.role !== "rate" && c.role !== "balance";
      continue;
    }
    const w = toWrite(form.grid, c);
    // A rate over a near-zero budget (5e-324) overflows a double: no cell can hold it.
    if (typeof w.value === "number" && !Number.isFinite(w.value)) continue;
    if (seen.has(w.cell)) continue;
    seen.add(w.cell);
    out.push(w);
  }
  return { writes: out, held };
}
