// The CLI's workbook access for `fix` and the tools: what `check` reads (read-input.ts, re-exported
// here), the .xlsx-only refusal of `fix`, and exceljs for a workbook model and its sheets.
import ExcelJS from "exceljs";
import { parseA1 as parseCoreA1, type CellValue, type SheetData } from "../core";
import { grow, type Bounds } from "../files";
import { CliError, messages } from "./errors";
import { errnoOf, readForFix, type CheckedWorkbook } from "./read-input";

export type { SheetInfo, SheetState } from "../files";
export {
  readForCheck,
  readForFix,
  readInputFile,
  sheetsToCheck,
  type CheckedWorkbook,
} from "./read-input";

/** A workbook as read for `fix`: the same sheets, plus the exceljs workbook it writes back. */
export interface LoadedWorkbook extends CheckedWorkbook {
  workbook: ExcelJS.Workbook;
}

const MS_PER_DAY = 86_400_000;
// exceljs maps serial 25569 to 1970-01-01 UTC; its inverse keeps read → serial exact.
const UNIX_EPOCH_SERIAL = 25569;

export async function readXlsx(input: Buffer | string, name = ""): Promise<LoadedWorkbook> {
  const checked = await readForFix(input, name);
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs's typings want its own Buffer alias; a Node Buffer is what it reads.
    await workbook.xlsx.load(Buffer.from(checked.read.bytes) as unknown as ExcelJS.Buffer);
  } catch (err) {
    throw new CliError("CORRUPT", messages.corruptForFix(errnoOf(err)));
  }
  return { ...checked, workbook };
}

/** Excel serial number of a date as exceljs decoded it (1900 date system, like Office.js `values`). */
export function dateToSerial(date: Date): number {
  const serial = UNIX_EPOCH_SERIAL + date.getTime() / MS_PER_DAY;
  // Undo the float noise of the ms division so whole days stay integers.
  return Math.round(serial * MS_PER_DAY) / MS_PER_DAY;
}

/** One exceljs cell value as Office.js `values` would give it. */
export function cellToPlain(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") {
    return value;
  }
  if (value instanceof Date) return dateToSerial(value);
  if ("richText" in value && Array.isArray(value.richText)) {
    return value.richText.map((run) => run.text ?? "").join("");
  }
  if ("error" in value) return String(value.error);
  if ("formula" in value || "sharedFormula" in value) {
    return cellToPlain((value.result ?? null) as ExcelJS.CellValue);
  }
  if ("hyperlink" in value || "text" in value) {
    // A hyperlink's text may itself be rich text.
    return cellToPlain((value as { text: ExcelJS.CellValue }).text);
  }
  return null;
}

/** A formula cell's cached result; a cached 0 is a value (`=E7-F7` on a fully spent budget). */
function cachedResult(cell: ExcelJS.Cell): ExcelJS.CellValue {
  return (cell.result ?? null) as ExcelJS.CellValue;
}

/** Formula text with `=` for a formula cell, or null. Shared children get their translated formula. */
function formulaOf(cell: ExcelJS.Cell): string | null {
  if (cell.type !== ExcelJS.ValueType.Formula) return null;
  const raw = cell.value as { formula?: string; sharedFormula?: string };
  let text: string | undefined;
  try {
    text = cell.formula;
  } catch {
    text = undefined;
  }
  if (text) return "=" + text;
  if (raw.sharedFormula) return `=<shared:${raw.sharedFormula}>`;
  return "=";
}

/**
 * One exceljs worksheet as SheetData over the area holding values or merges, 0-based origin: how
 * `fix` re-reads the workbook it has just written with exceljs (`check` reads through src/files).
 * Merged children are null (Office.js gives the value to the top-left cell only).
 */
export function sheetToData(ws: ExcelJS.Worksheet): SheetData {
  const merges: string[] = [...ws.model.merges];
  let bounds: Bounds | null = null;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (cell.type === ExcelJS.ValueType.Merge) return;
      if (cell.value === null || cell.value === undefined) return;
      bounds = grow(bounds, rowNumber, colNumber);
    });
  });
  for (const range of merges) {
    const [a, b = a] = range.split(":");
    const p = parseA1(a);
    const q = parseA1(b);
    bounds = grow(bounds, p.row, p.col, q.row, q.col);
  }
  const used: Bounds | null = bounds;
  if (!used) {
    return { name: ws.name, top: 0, left: 0, values: [], formulas: [], numberFormats: [], merges };
  }
  const { top, left, bottom, right } = used;
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  const numberFormats: (string | null)[][] = [];
  for (let r = top; r <= bottom; r++) {
    const vRow: CellValue[] = [];
    const fRow: (string | null)[] = [];
    const nRow: (string | null)[] = [];
    const row = ws.findRow(r);
    for (let c = left; c <= right; c++) {
      const cell = row?.findCell(c);
      if (!cell || cell.type === ExcelJS.ValueType.Merge) {
        vRow.push(null);
        fRow.push(null);
      } else {
        // exceljs's formula `value` drops a falsy cached result (0, FALSE, ""): read `result` itself.
        vRow.push(cellToPlain(formulaOf(cell) ? cachedResult(cell) : cell.value));
        fRow.push(formulaOf(cell));
      }
      nRow.push(cell?.numFmt || "General");
    }
    values.push(vRow);
    formulas.push(fRow);
    numberFormats.push(nRow);
  }
  return { name: ws.name, top: top - 1, left: left - 1, values, formulas, numberFormats, merges };
}

/** `B7` → 1-based row 7, column 2 (exceljs numbering), from the core's address arithmetic. */
export function parseA1(address: string): { row: number; col: number } {
  const { r, c } = parseCoreA1(address.trim());
  return { row: r + 1, col: c + 1 };
}
