// One SheetJS worksheet → the core's SheetData, holding only the cells that exist (a sparse grid).
import type { CellObject, WorkSheet } from "@e965/xlsx";
import { toA1, type CellValue, type SheetData } from "../core";

// BIFF / OOXML error codes as SheetJS keeps them in `v` of an error cell.
const ERROR_TEXT: Record<number, string> = {
  0x00: "#NULL!",
  0x07: "#DIV/0!",
  0x0f: "#VALUE!",
  0x17: "#REF!",
  0x1d: "#NAME?",
  0x24: "#NUM!",
  0x2a: "#N/A",
  0x2b: "#GETTING_DATA",
};

// Serial 0 of the 1904 date system is serial 1462 of the 1900 system the core reads dates in.
const DATE1904_OFFSET = 1462;

/** Options that change how cells are read. */
export interface SheetReadOptions {
  /** The workbook counts dates from 1904 (old Mac Excel): date cells are moved to the 1900 system. */
  date1904: boolean;
  /** True for a date number format (SheetJS's SSF.is_date). */
  isDateFormat: (format: string) => boolean;
}

/**
 * The value a cell shows, as Office.js `values` gives it: the cached result of a formula (0 included),
 * the error text (`#REF!`), rich text flattened, null for a blank or a formula with no cached result.
 */
export function cellValue(cell: CellObject, opts: SheetReadOptions): CellValue {
  switch (cell.t) {
    case "n": {
      const v = cell.v as number;
      if (opts.date1904 && cell.z !== undefined && opts.isDateFormat(String(cell.z))) {
        return v + DATE1904_OFFSET;
      }
      return v;
    }
    case "s":
      return String(cell.v ?? "");
    case "b":
      return Boolean(cell.v);
    case "e":
      return typeof cell.w === "string" && cell.w.startsWith("#")
        ? cell.w
        : (ERROR_TEXT[cell.v as number] ?? "#VALUE!");
    case "d":
      // Only with cellDates, which the reader does not ask for; kept for completeness.
      return cell.v instanceof Date ? cell.v.getTime() / 86_400_000 + 25569 : null;
    default:
      // "z": a stub (blank styled cell) or a formula SheetJS found no cached result for.
      return null;
  }
}

/** The used area of a sheet, grown cell by cell (row/column numbering is the caller's). */
export interface Bounds {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** `b` grown to hold the cell (r, c), or the area (r, c)–(r2, c2). */
export function grow(b: Bounds | null, r: number, c: number, r2 = r, c2 = c): Bounds {
  if (!b) return { top: r, left: c, bottom: r2, right: c2 };
  return {
    top: Math.min(b.top, r),
    left: Math.min(b.left, c),
    bottom: Math.max(b.bottom, r2),
    right: Math.max(b.right, c2),
  };
}

type Row = (CellObject | undefined)[];

/**
 * Each existing cell of a dense SheetJS sheet, row by row. `for…in` visits only the indices that are
 * present, so a sheet with one stray cell at XFD1048576 costs its cells, not 17 billion slots.
 */
function eachCell(data: (Row | undefined)[], fn: (r: number, c: number, cell: CellObject) => void) {
  for (const rk in data) {
    const row = data[rk as unknown as number];
    if (!row) continue;
    const r = Number(rk);
    for (const ck in row) {
      const cell = row[ck as unknown as number];
      if (cell) fn(r, Number(ck), cell);
    }
  }
}

function isContent(cell: CellObject): boolean {
  return cell.t !== "z" || cell.f !== undefined;
}

/**
 * SheetData over the cells holding a value or formula plus the merged areas (0-based origin
 * `top`/`left`). The 2-D arrays are sparse: a row without cells is a hole, and so is a column without
 * a cell in its row; blank styled cells inside that area keep their number format (a text-formatted
 * empty cell is written as text), blank ones outside do not widen it.
 */
export function sheetData(name: string, ws: WorkSheet, opts: SheetReadOptions): SheetData {
  const data = (ws["!data"] ?? []) as (Row | undefined)[];
  const merges = (ws["!merges"] ?? []).map((m) => `${toA1(m.s.r, m.s.c)}:${toA1(m.e.r, m.e.c)}`);
  let bounds: Bounds | null = null;
  eachCell(data, (r, c, cell) => {
    if (isContent(cell)) bounds = grow(bounds, r, c);
  });
  for (const m of ws["!merges"] ?? []) bounds = grow(bounds, m.s.r, m.s.c, m.e.r, m.e.c);
  const b = bounds as Bounds | null;
  if (!b) return { name, top: 0, left: 0, values: [], formulas: [], numberFormats: [], merges };

  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  const numberFormats: (string | null)[][] = [];
  // The last row and column are set even when blank so that the arrays' extent is the used range.
  values[b.bottom - b.top] = values[b.bottom - b.top] ?? [];
  values[b.bottom - b.top][b.right - b.left] ??= null;
  eachCell(data, (r, c, cell) => {
    if (r < b.top || r > b.bottom || c < b.left || c > b.right) return;
    const i = r - b.top;
    const j = c - b.left;
    (values[i] ??= [])[j] = cellValue(cell, opts);
    if (cell.f !== undefined) (formulas[i] ??= [])[j] = "=" + cell.f;
    if (cell.z !== undefined) (numberFormats[i] ??= [])[j] = String(cell.z);
  });
  return { name, top: b.top, left: b.left, values, formulas, numberFormats, merges };
}
