// Turns an evaluated form into the writes of its computed cells (RULES.md §6), keeping each cell's kind.
import { type Dec, D, round2, toCellNumber } from "../decimal";
import type { Grid } from "../grid/grid";
import { toA1 } from "../grid/address";
import { type ComputedCell, computedCells } from "../score/computed-cells";
import type { FormEval } from "../score/form";
import type { NumCell } from "../score/num-cell";
import type { CellWrite } from "../types";
import { isPercentFormat } from "../values/number-format";

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
    return {
      value: toCellNumber(rate),
      numberFormat: isPercentFormat(cell.numberFormat) ? null : "0.00%",
    };
  }
  if (cell.percent || cell.kind === "empty") {
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

/** The writes a recompute makes on one form: computed cells that differ, never formulas, never inputs. */
export function patchForm(form: FormEval): CellWrite[] {
  const l = form.layout;
  if (!l.funding || l.funding.totalRow === null || !l.indicators || !l.total) return [];
  const seen = new Set<string>();
  const out: CellWrite[] = [];
  for (const c of computedCells(form)) {
    if (c.matches || c.cell.formula) continue;
    const w = toWrite(form.grid, c);
    if (seen.has(w.cell)) continue;
    seen.add(w.cell);
    out.push(w);
  }
  return out;
}
