// One worksheet → the core's SheetData with as few ET calls as is honest: the used range's Value2 and
// Formula as whole 2-D arrays (2 calls however big), number formats and merges by bounded fallbacks.
import { parseA1, toA1, type CellValue, type SheetData } from "../core";
import type { OrigFill } from "../excel/highlight-store";
import type { SheetRead } from "../excel/read-grid";
import { callObj, get, getObj, grid, type Com } from "./com";
import { refuse } from "../excel/errors";
import { readFill } from "./fills";

/** Beyond this a sheet is refused, as in the Excel adapter: a used range that big is data, not a form. */
const MAX_CELLS = 3_000_000;

/** zh-CN builds may answer the General format in its local name. */
const GENERAL_NAMES = new Set(["General", "G/通用格式", "常规", "通用格式"]);

export interface Rect {
  top: number;
  left: number;
  rows: number;
  cols: number;
}

/** `$B$2:$H$40` (or `$B$2`) → 0-based top/left and size. */
export function rectOf(address: string): Rect {
  const [a, b] = address.replace(/\$/g, "").split(":");
  const p = parseA1(a);
  const q = b ? parseA1(b) : p;
  return { top: p.r, left: p.c, rows: q.r - p.r + 1, cols: q.c - p.c + 1 };
}

/** A read sheet in the Excel adapter's SheetRead shape (so its pure helpers apply), plus the ET sheet. */
export interface WpsSheetRead extends SheetRead {
  ws: Com;
}

function normalFormat(f: unknown): string | null {
  if (typeof f !== "string") return null;
  return GENERAL_NAMES.has(f) ? "General" : f;
}

const isBlank = (v: unknown): boolean => v === undefined || v === null || v === "";

/**
 * Number formats: one call for the used range (a uniform range answers its format); when mixed
 * (ET answers null), one call per column; in a mixed column, one per cell holding a number — the
 * only cells whose format changes how the core reads them (percent, decimals). A blank cell of a
 * mixed column is left unknown; `refineFormats` reads the few the recompute would write into.
 */
function readFormats(ws: Com, used: Com, r: Rect, values: unknown[][]) {
  const out: (string | null)[][] = values.map((line) => line.map(() => null));
  const whole = normalFormat(get(used, "NumberFormat"));
  if (whole !== null) return out.map((line) => line.map(() => whole));
  for (let c = 0; c < r.cols; c++) {
    const col = callObj(
      ws,
      "Range",
      `${toA1(r.top, r.left + c)}:${toA1(r.top + r.rows - 1, r.left + c)}`
    );
    const f = normalFormat(get(col, "NumberFormat"));
    for (let i = 0; i < r.rows; i++) {
      if (f !== null) out[i][c] = f;
      else if (typeof values[i][c] === "number") {
        out[i][c] = normalFormat(
          get(callObj(ws, "Range", toA1(r.top + i, r.left + c)), "NumberFormat")
        );
      }
    }
  }
  return out;
}

/**
 * Merged areas: one MergeCells call per row (false = no merge touches the row); in a row with
 * merges, each non-blank cell not already inside a known area and next to a blank one asks
 * MergeCells and, when merged, its MergeArea's address. An area whose top-left cell is blank is not found (a blank label has nothing
 * to continue); the core then treats its cells as blank, as without merges.
 */
function readMerges(ws: Com, r: Rect, values: unknown[][]): string[] {
  const found: Rect[] = [];
  const inside = (row: number, col: number) =>
    found.some(
      (m) => row >= m.top && row < m.top + m.rows && col >= m.left && col < m.left + m.cols
    );
  for (let i = 0; i < r.rows; i++) {
    const row = r.top + i;
    const line = callObj(ws, "Range", `${toA1(row, r.left)}:${toA1(row, r.left + r.cols - 1)}`);
    if (get(line, "MergeCells") === false) continue;
    for (let c = 0; c < r.cols; c++) {
      if (isBlank(values[i][c]) || inside(row, r.left + c)) continue;
      // A merged area's other cells read blank: a cell with filled cells right of and below it
      // cannot be the top-left of one.
      const blankRight = c + 1 < r.cols && isBlank(values[i][c + 1]);
      const blankBelow = i + 1 < r.rows && isBlank(values[i + 1][c]);
      if (!blankRight && !blankBelow) continue;
      const cell = callObj(ws, "Range", toA1(row, r.left + c));
      if (get(cell, "MergeCells") !== true) continue;
      const area = rectOf(String(get(getObj(cell, "MergeArea"), "Address")));
      if (area.rows * area.cols > 1) found.push(area);
    }
  }
  return found.map(
    (m) => `${toA1(m.top, m.left)}:${toA1(m.top + m.rows - 1, m.left + m.cols - 1)}`
  );
}

function cellValue(v: unknown): CellValue {
  if (isBlank(v)) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  // A date the bridge hands over as a Date object: the serial Value2 would have given.
  if (v instanceof Date) return v.getTime() / 86_400_000 + 25569;
  return String(v);
}

/** Reads one worksheet (any visibility: the caller picks which). An empty sheet reads as `data: null`. */
export function readSheet(ws: Com): WpsSheetRead {
  const name = String(get(ws, "Name"));
  const isProtected = get(ws, "ProtectContents") === true;
  const used = getObj(ws, "UsedRange");
  const r = rectOf(String(get(used, "Address")));
  const fills = new Map<string, OrigFill>();
  const base = {
    name,
    protected: isProtected,
    ws,
    fingerprint: "",
    windowRows: r.rows,
    fillAt: (cell: string): OrigFill => {
      // Synchronous ET: read the fill when the mark plan asks for it (only flagged cells are asked).
      const known = fills.get(cell);
      if (known) return known;
      const fill = readFill(callObj(ws, "Range", cell));
      fills.set(cell, fill);
      return fill;
    },
  };
  if (r.rows * r.cols > MAX_CELLS)
    throw refuse({ kind: "sheetTooLarge", sheet: name, cells: r.rows * r.cols });
  const values = grid(get(used, "Value2"));
  const formulasRaw = grid(get(used, "Formula"));
  if (r.rows * r.cols === 1 && isBlank(values[0][0]) && isBlank(formulasRaw[0][0]))
    return { ...base, data: null };
  const data: SheetData = {
    name,
    top: r.top,
    left: r.left,
    values: values.map((line) => line.map(cellValue)),
    formulas: formulasRaw.map((line) =>
      line.map((f) => (typeof f === "string" && f.startsWith("=") ? f : null))
    ),
    numberFormats: readFormats(ws, used, r, values),
    merges: readMerges(ws, r, values),
  };
  return { ...base, data };
}

/**
 * Reads the number format of blank cells the evaluation would write into (left unknown by
 * `readFormats`); returns true when one turned out to matter (a Text `@` or non-General format), so
 * the caller evaluates again with it. A handful of calls: one per blank computed cell.
 */
export function refineFormats(
  reads: WpsSheetRead[],
  targets: { sheet: string; cell: string }[]
): boolean {
  let changed = false;
  for (const t of targets) {
    const read = reads.find((x) => x.name === t.sheet);
    const data = read?.data;
    if (!read || !data?.numberFormats) continue;
    const { r, c } = parseA1(t.cell);
    const i = r - data.top;
    const j = c - data.left;
    if (data.numberFormats[i]?.[j] !== null || data.values[i]?.[j] !== null) continue;
    const f = normalFormat(get(callObj(read.ws, "Range", t.cell), "NumberFormat")) ?? "General";
    data.numberFormats[i][j] = f;
    if (f !== "General") changed = true;
  }
  return changed;
}

/** The sheet's worksheets, 1-based as ET counts them. */
export function worksheetsOf(book: Com): Com[] {
  const sheets = getObj(book, "Worksheets");
  const n = Number(get(sheets, "Count"));
  return Array.from({ length: n }, (_, i) => callObj(sheets, "Item", i + 1));
}
