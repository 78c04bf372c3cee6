// Bytes in, every worksheet out: one reader for .xlsx/.xlsm/.xlsb, .xls/.et (BIFF8) and .ods, no I/O.
import * as XLSX from "@e965/xlsx";
import type { LocalizedText, SheetData } from "../core";
import { READABLE_KINDS, sniffKind, type FileKind } from "./kind";
import { ReadError, readMessages } from "./messages";
import { sheetData, type SheetReadOptions } from "./sheet-data";

export type SheetState = "visible" | "hidden" | "veryHidden";

export interface SheetInfo {
  name: string;
  state: SheetState;
}

/** A worksheet that could not be read while the rest of the workbook could. */
export interface SheetFailure {
  name: string;
  reason: string;
  message: LocalizedText;
}

export interface WorkbookRead {
  kind: FileKind;
  /** The file as given: a writer patches these bytes (never a re-generated package). */
  bytes: Uint8Array;
  /** Every worksheet that was read, in tab order, hidden ones included (see `sheetInfo`). */
  sheets: SheetData[];
  /** Name and visibility of each entry of `sheets`, same order. */
  sheetInfo: SheetInfo[];
  /** Worksheets that failed; the others are in `sheets`. */
  failures: SheetFailure[];
}

const PARSE_OPTIONS: XLSX.ParsingOptions = {
  type: "array",
  dense: true,
  cellFormula: true,
  cellNF: true,
  cellDates: false,
  cellHTML: false,
  cellText: false,
  cellStyles: false,
  sheetStubs: true,
  bookVBA: false,
};

const STATES: SheetState[] = ["visible", "hidden", "veryHidden"];

const reasonOf = (err: unknown): string => (err instanceof Error ? err.message : String(err));

/** Refuses, with the sentence that names it, a file that is no workbook the reader parses. */
function assertReadable(kind: FileKind, name: string): void {
  if (kind === "empty") throw new ReadError("EMPTY_FILE", readMessages.empty());
  if (kind === "encrypted") throw new ReadError("ENCRYPTED", readMessages.encrypted());
  if (kind === "text") {
    // A .csv is refused as CSV; a "workbook" that turns out to be plain text is a damaged file.
    if (/\.(csv|tsv|txt)$/i.test(name)) throw new ReadError("CSV", readMessages.csv());
    throw new ReadError("CORRUPT", readMessages.corrupt("xlsx", readMessages.plainText()));
  }
  if (!READABLE_KINDS.includes(kind)) {
    throw new ReadError("NOT_SPREADSHEET", readMessages.notSpreadsheet(kind));
  }
}

/**
 * SheetJS prints some doubts with console.error (an ODS conditional number format it simplified);
 * a host's stderr is for its own one-line messages, so they are dropped while it parses.
 */
function quietly<T>(fn: () => T): T {
  const error = console.error;
  console.error = () => undefined;
  try {
    return fn();
  } finally {
    console.error = error;
  }
}

function parse(bytes: Uint8Array, kind: FileKind, extra: XLSX.ParsingOptions = {}): XLSX.WorkBook {
  try {
    return quietly(() => XLSX.read(bytes, { ...PARSE_OPTIONS, ...extra }));
  } catch (err) {
    const reason = reasonOf(err);
    // SheetJS's words for a BIFF file with a FILEPASS record (an .xls saved with a password). Its
    // "Unsupported ZIP encryption" is about a damaged header, not a password.
    if (/password-protected|password protection/i.test(reason)) {
      throw new ReadError("ENCRYPTED", readMessages.encrypted());
    }
    throw new ReadError("CORRUPT", readMessages.corrupt(kind, reason));
  }
}

/** Chart, dialog and macro sheets hold no cells: they are not worksheets. */
function isWorksheet(ws: XLSX.WorkSheet): boolean {
  const type = (ws as { "!type"?: string })["!type"];
  return type === undefined || type === "sheet";
}

// SheetJS drops a sheet whose part is missing or fails to parse (it does not throw): the tab is
// listed but has no sheet object. That sheet is named as failed, never silently left out.
const LOST_SHEET = "its part is missing from the package or could not be parsed";

function stateOf(book: XLSX.WorkBook, index: number): SheetState {
  return STATES[book.Workbook?.Sheets?.[index]?.Hidden ?? 0] ?? "hidden";
}

function readOptions(book: XLSX.WorkBook): SheetReadOptions {
  return {
    date1904: Boolean(book.Workbook?.WBProps?.date1904),
    isDateFormat: (format) => XLSX.SSF.is_date(format),
  };
}

/**
 * The workbook read whole; when that throws, sheet by sheet, so that one broken sheet is named in
 * `failures` and the others are still checked. Throws a ReadError only when no sheet can be read.
 */
export function readWorkbook(bytes: Uint8Array, name = ""): WorkbookRead {
  const kind = sniffKind(bytes, name);
  assertReadable(kind, name);
  let books: { name: string; index: number; book: XLSX.WorkBook }[];
  const failures: SheetFailure[] = [];
  try {
    const book = quietly(() => XLSX.read(bytes, PARSE_OPTIONS));
    books = book.SheetNames.map((n, index) => ({ name: n, index, book }));
  } catch {
    const names = parse(bytes, kind, { bookSheets: true }).SheetNames;
    books = [];
    names.forEach((n, index) => {
      try {
        books.push({ name: n, index, book: parse(bytes, kind, { sheets: [n] }) });
      } catch (err) {
        const reason = err instanceof ReadError ? err.text.en : reasonOf(err);
        failures.push({ name: n, reason, message: readMessages.sheetFailed(n, reason) });
      }
    });
    if (books.length === 0) parse(bytes, kind);
  }
  const sheets: SheetData[] = [];
  const sheetInfo: SheetInfo[] = [];
  for (const { name: sheetName, index, book } of books) {
    const ws = book.Sheets[sheetName];
    if (!ws) {
      failures.push({
        name: sheetName,
        reason: LOST_SHEET,
        message: readMessages.sheetFailed(sheetName, LOST_SHEET),
      });
      continue;
    }
    if (!isWorksheet(ws)) continue;
    try {
      sheets.push(sheetData(sheetName, ws, readOptions(book)));
      sheetInfo.push({ name: sheetName, state: stateOf(book, index) });
    } catch (err) {
      const reason = reasonOf(err);
      failures.push({
        name: sheetName,
        reason,
        message: readMessages.sheetFailed(sheetName, reason),
      });
    }
  }
  if (sheets.length === 0 && failures.length === 0) {
    throw new ReadError("NO_WORKSHEETS", readMessages.noWorksheets());
  }
  return { kind, bytes, sheets, sheetInfo, failures };
}
