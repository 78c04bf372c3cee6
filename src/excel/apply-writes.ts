// Queues the core's CellWrite[] into the write batch: number format before value, text kept as text.
import type { CellWrite } from "../core";
import type { SheetRead } from "./read-grid";
import { parseA1 } from "./a1";

/**
 * Excel parses a typed string: `"89.55%"` would become the number 0.8955. A leading apostrophe keeps
 * the text as text (and is not stored), except in a Text-formatted (`@`) cell, which stores input as is.
 */
const PARSED_BY_EXCEL = [
  /^\s*[+-]?(\d[\d,]*(\.\d*)?|\.\d+)([eE][+-]?\d+)?\s*%?\s*$/, // numbers, 1,000, percents
  /^\s*(true|false)\s*$/i,
  /^\s*\d{1,4}[-/.]\d{1,2}([-/.]\d{1,4})?\s*$/, // dates
  /^\s*\d{1,2}:\d{2}(:\d{2})?\s*$/, // times
  /^[=+'@-]/, // formulas and the apostrophe itself
];

export function asTypedInput(
  value: number | string | boolean,
  numberFormat: string | null
): number | string | boolean {
  if (typeof value !== "string" || value === "" || numberFormat === "@") return value;
  return PARSED_BY_EXCEL.some((re) => re.test(value)) ? `'${value}` : value;
}

/** The number format the cell has in the read grid, or null when outside it. */
function formatInGrid(read: SheetRead | undefined, cell: string): string | null {
  const data = read?.data;
  if (!data?.numberFormats) return null;
  const { row, col } = parseA1(cell);
  return data.numberFormats[row - data.top]?.[col - data.left] ?? null;
}

export function queueCellWrites(
  context: Excel.RequestContext,
  writes: CellWrite[],
  reads: Map<string, SheetRead>
): void {
  for (const w of writes) {
    const range = context.workbook.worksheets.getItem(w.sheet).getRange(w.cell);
    // The format goes first so Excel does not re-format the value it receives (0.85 in a General cell).
    if (w.numberFormat !== null) range.numberFormat = [[w.numberFormat]];
    const format = w.numberFormat ?? formatInGrid(reads.get(w.sheet), w.cell);
    range.values = [[asTypedInput(w.value, format)]];
  }
}

/** The sheets' data as it will be after the writes, so the check after a recompute needs no re-read. */
export function applyToSheetData(reads: SheetRead[], writes: CellWrite[]): SheetRead[] {
  return reads.map((read) => {
    const mine = writes.filter((w) => w.sheet === read.name);
    if (!read.data || mine.length === 0) return read;
    const data = {
      ...read.data,
      values: read.data.values.map((line) => [...line]),
      formulas: read.data.formulas?.map((line) => [...line]),
      numberFormats: read.data.numberFormats?.map((line) => [...line]),
    };
    for (const w of mine) {
      const { row, col } = parseA1(w.cell);
      const r = row - data.top;
      const c = col - data.left;
      if (data.values[r] === undefined || c < 0 || c >= (data.values[r]?.length ?? 0)) continue;
      data.values[r][c] = w.value;
      if (data.formulas?.[r]) data.formulas[r][c] = null;
      if (w.numberFormat !== null && data.numberFormats?.[r])
        data.numberFormats[r][c] = w.numberFormat;
    }
    return { ...read, data };
  });
}
