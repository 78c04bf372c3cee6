// Loads an .xlsx with exceljs and turns each worksheet into the core's SheetData (the CLI's one read).
import { promises as fs } from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { parseA1 as parseCoreA1, type CellValue, type SheetData } from "../core";
import { CliError, messages } from "./errors";

export type SheetState = "visible" | "hidden" | "veryHidden";

export interface SheetInfo {
  name: string;
  state: SheetState;
}

/** A workbook as read: exceljs keeps everything `fix` must write back; `sheets` is what the core sees. */
export interface LoadedWorkbook {
  workbook: ExcelJS.Workbook;
  /** Every worksheet in tab order, hidden ones included (see `sheetInfo` for their state). */
  sheets: SheetData[];
  sheetInfo: SheetInfo[];
}

const CFB_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ZIP_SIGNATURE = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
// An encrypted OOXML package is a CFB container holding these streams (MS-OFFCRYPTO).
const ENCRYPTION_STREAM = Buffer.from("EncryptionInfo", "utf16le");
// A BIFF8 .xls keeps its sheets in a stream named Workbook.
const LEGACY_WORKBOOK_STREAM = Buffer.from("Workbook", "utf16le");
const MS_PER_DAY = 86_400_000;
// exceljs maps serial 25569 to 1970-01-01 UTC; its inverse keeps read → serial exact.
const UNIX_EPOCH_SERIAL = 25569;

/** Reads `.xlsx` bytes from a path after the checks that turn every bad input into one clear line. */
export async function readInputFile(file: string): Promise<Buffer> {
  let stat;
  try {
    stat = await fs.stat(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") {
      throw new CliError("FILE_NOT_FOUND", messages.notFound());
    }
    throw new CliError("UNREADABLE", messages.unreadable(code ?? String(err)));
  }
  if (stat.isDirectory()) throw new CliError("IS_DIRECTORY", messages.isDirectory());
  const ext = path.extname(file).toLowerCase();
  if (ext !== ".xlsx") throw new CliError("NOT_XLSX", messages.notXlsx(path.extname(file)));
  try {
    return await fs.readFile(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new CliError("UNREADABLE", messages.unreadable(code ?? String(err)));
  }
}

/** Throws the specific CliError when the bytes cannot be an .xlsx package. */
export function assertXlsxBytes(bytes: Buffer): void {
  if (bytes.length === 0) throw new CliError("EMPTY_FILE", messages.empty());
  if (bytes.subarray(0, 8).equals(CFB_SIGNATURE)) {
    // An encrypted .xlsx and a renamed legacy .xls are both CFB files; tell them apart by stream name.
    const legacy = bytes.includes(LEGACY_WORKBOOK_STREAM) && !bytes.includes(ENCRYPTION_STREAM);
    if (legacy) throw new CliError("LEGACY_XLS", messages.legacyXls());
    throw new CliError("ENCRYPTED", messages.encrypted());
  }
  if (!bytes.subarray(0, 4).equals(ZIP_SIGNATURE))
    throw new CliError("CORRUPT", messages.corrupt());
}

/** Loads a workbook from a path (with the input checks) or from bytes. */
export async function readXlsx(input: Buffer | string): Promise<LoadedWorkbook> {
  const bytes = typeof input === "string" ? await readInputFile(input) : input;
  assertXlsxBytes(bytes);
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs's typings want its own Buffer alias; a Node Buffer is what it reads.
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch {
    throw new CliError("CORRUPT", messages.corrupt());
  }
  if (workbook.worksheets.length === 0) {
    throw new CliError("NO_WORKSHEETS", messages.noWorksheets());
  }
  const sheets: SheetData[] = [];
  const sheetInfo: SheetInfo[] = [];
  for (const ws of workbook.worksheets) {
    sheets.push(sheetToData(ws));
    sheetInfo.push({ name: ws.name, state: (ws.state ?? "visible") as SheetState });
  }
  return { workbook, sheets, sheetInfo };
}

/** The sheets a check looks at: the visible ones, or the one named (hidden or not). */
export function sheetsToCheck(loaded: LoadedWorkbook, only?: string): SheetData[] {
  if (only !== undefined) {
    const sheet = loaded.sheets.find((s) => s.name === only);
    if (!sheet) {
      throw new CliError(
        "SHEET_NOT_FOUND",
        messages.sheetNotFound(
          only,
          loaded.sheets.map((s) => s.name)
        )
      );
    }
    return [sheet];
  }
  return loaded.sheets.filter((_s, i) => loaded.sheetInfo[i].state === "visible");
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

interface Bounds {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function expand(b: Bounds | null, row: number, col: number): Bounds {
  if (!b) return { top: row, left: col, bottom: row, right: col };
  return {
    top: Math.min(b.top, row),
    left: Math.min(b.left, col),
    bottom: Math.max(b.bottom, row),
    right: Math.max(b.right, col),
  };
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
 * One worksheet as SheetData over the area holding values or merges, 0-based origin.
 * Merged children are null (Office.js gives the value to the top-left cell only).
 */
export function sheetToData(ws: ExcelJS.Worksheet): SheetData {
  const merges: string[] = [...ws.model.merges];
  let bounds: Bounds | null = null;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (cell.type === ExcelJS.ValueType.Merge) return;
      if (cell.value === null || cell.value === undefined) return;
      bounds = expand(bounds, rowNumber, colNumber);
    });
  });
  for (const range of merges) {
    const [a, b = a] = range.split(":");
    const p = parseA1(a);
    const q = parseA1(b);
    bounds = expand(expand(bounds, p.row, p.col), q.row, q.col);
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
