// 撤销: the snapshot of what the last recompute overwrote, kept in memory and in the workbook settings.
import type { CellWrite } from "../core";
import { asTypedInput } from "./apply-writes";

export const UNDO_KEY = "jxzp.undo.v1";

export interface UndoEntry {
  sheet: string;
  cell: string;
  /** The formula (null for a constant), the value ("" for an empty cell) and the number format. */
  before: { formula: string | null; value: string | number | boolean; numberFormat: string };
  /** What we wrote, to check nobody changed the cell since. */
  wrote: { value: number | string; numberFormat: string | null };
}

export interface UndoSnapshot {
  v: 1;
  entries: UndoEntry[];
}

export interface UndoStore {
  get(): UndoSnapshot | null;
  set(s: UndoSnapshot | null): void;
}

let current: UndoSnapshot | null = null;

/** Module-level so the ribbon command and the pane (one shared runtime) see the same snapshot. */
export const sessionUndoStore: UndoStore = {
  get: () => current,
  set: (s) => {
    current = s;
  },
};

export function parseUndo(value: unknown): UndoSnapshot | null {
  if (value === null || value === undefined) return null;
  try {
    const obj = (typeof value === "string" ? JSON.parse(value) : value) as Partial<UndoSnapshot>;
    if (obj?.v !== 1 || !Array.isArray(obj.entries) || obj.entries.length === 0) return null;
    return { v: 1, entries: obj.entries };
  } catch {
    return null;
  }
}

/**
 * What each written cell held, from the core's `CellWrite.before` (read from the same batch, no extra
 * sync); a blank cell comes back blank, a cell without a format as General.
 */
export function snapshotOf(writes: CellWrite[]): UndoSnapshot {
  return {
    v: 1,
    entries: writes.map((w) => ({
      sheet: w.sheet,
      cell: w.cell,
      before: {
        formula: w.before.formula,
        value: w.before.value ?? "",
        numberFormat: w.before.numberFormat ?? "General",
      },
      wrote: { value: w.value, numberFormat: w.numberFormat },
    })),
  };
}

function sameValue(current: unknown, wrote: number | string): boolean {
  if (typeof wrote === "number") {
    return (
      typeof current === "number" &&
      Math.abs(current - wrote) <= 1e-9 * Math.max(1, Math.abs(wrote))
    );
  }
  return typeof current === "string" && current.trim() === wrote.trim();
}

export interface CellNow {
  value: unknown;
  formula: unknown;
  numberFormat: unknown;
}

/** True when the cell still holds exactly what the recompute wrote. */
export function stillOurs(entry: UndoEntry, now: CellNow): boolean {
  if (typeof now.formula === "string" && now.formula.startsWith("=")) return false;
  if (!sameValue(now.value, entry.wrote.value)) return false;
  return entry.wrote.numberFormat === null || now.numberFormat === entry.wrote.numberFormat;
}

/** Queues the restore of one cell: number format first, then `formulas` (a formula comes back as one). */
export function queueUndoEntry(context: Excel.RequestContext, entry: UndoEntry): void {
  const range = context.workbook.worksheets.getItem(entry.sheet).getRange(entry.cell);
  range.numberFormat = [[entry.before.numberFormat]];
  const { formula, value } = entry.before;
  range.formulas = [[formula ?? asTypedInput(value, entry.before.numberFormat)]];
}
