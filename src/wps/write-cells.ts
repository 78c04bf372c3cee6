// Writing the core's CellWrite[] into ET cells, and putting an undo entry back: number format before
// value, typed text kept as text (the Excel adapter's apostrophe rule: ET parses assigned strings too).
import { parseA1, type CellWrite } from "../core";
import { asTypedInput } from "../excel/apply-writes";
import type { UndoEntry } from "../excel/undo-snapshot";
import { callObj, set, type Com } from "./com";
import type { WpsSheetRead } from "./read-sheet";

function formatInGrid(read: WpsSheetRead | undefined, cell: string): string | null {
  const data = read?.data;
  if (!data?.numberFormats) return null;
  const { r, c } = parseA1(cell);
  return data.numberFormats[r - data.top]?.[c - data.left] ?? null;
}

/** True when the read shows a formula in the cell: such a cell is checked, never overwritten. */
export function holdsFormula(read: WpsSheetRead | undefined, cell: string): boolean {
  const data = read?.data;
  if (!data?.formulas) return false;
  const { r, c } = parseA1(cell);
  return Boolean(data.formulas[r - data.top]?.[c - data.left]);
}

export function writeCell(ws: Com, w: CellWrite, read: WpsSheetRead | undefined): void {
  const range = callObj(ws, "Range", w.cell);
  // The format goes first so ET does not re-format the value it receives (0.85 in a General cell).
  if (w.numberFormat !== null) set(range, "NumberFormat", w.numberFormat);
  set(range, "Value2", asTypedInput(w.value, w.numberFormat ?? formatInGrid(read, w.cell)));
}

/** Puts back what a cell held before a recompute: its format, then its formula or its value. */
export function restoreEntry(ws: Com, e: UndoEntry): void {
  const range = callObj(ws, "Range", e.cell);
  set(range, "NumberFormat", e.before.numberFormat);
  const { formula, value } = e.before;
  if (formula) set(range, "Formula", formula);
  else set(range, "Value2", value === "" ? "" : asTypedInput(value, e.before.numberFormat));
}
