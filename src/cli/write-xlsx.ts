// Applies the core's CellWrite[] (and optional highlight fills + notes) to an exceljs workbook in place.
import ExcelJS from "exceljs";
import type { CellValue, CellWrite, Finding, Highlight, Lang } from "../core";
import { cellToPlain } from "./read-xlsx";

export interface AppliedWrite {
  sheet: string;
  cell: string;
  before: CellValue;
  after: number | string;
  numberFormat: string | null;
}

export interface SkippedWrite {
  write: CellWrite;
  reason: "no-sheet" | "formula" | "merged-child";
}

export interface WriteOutcome {
  applied: AppliedWrite[];
  skipped: SkippedWrite[];
}

export const HIGHLIGHT_ARGB = { error: "FFFFC7CE", warning: "FFFFEB9C" } as const;
/** Starts our part of a note, so a second `fix --highlight` replaces it instead of appending. */
export const NOTE_MARKER = "【绩效自评助手 jxzp】";

/** The exceljs cell at an A1 address (a helper so lint does not take it for an Office.js range). */
function cellAt(ws: ExcelJS.Worksheet, address: string): ExcelJS.Cell {
  return ws.getCell(address);
}

/**
 * Writes each computed cell: the value exactly as given, the number format only when non-null.
 * Formula cells and merged children are never written (the core should not ask; we check anyway).
 */
export function applyWrites(workbook: ExcelJS.Workbook, writes: CellWrite[]): WriteOutcome {
  const applied: AppliedWrite[] = [];
  const skipped: SkippedWrite[] = [];
  for (const write of writes) {
    const ws = workbook.getWorksheet(write.sheet);
    if (!ws) {
      skipped.push({ write, reason: "no-sheet" });
      continue;
    }
    const cell = cellAt(ws, write.cell);
    if (cell.type === ExcelJS.ValueType.Formula) {
      skipped.push({ write, reason: "formula" });
      continue;
    }
    if (cell.type === ExcelJS.ValueType.Merge) {
      skipped.push({ write, reason: "merged-child" });
      continue;
    }
    const before = cellToPlain(cell.value);
    cell.value = write.value;
    if (write.numberFormat !== null) {
      // exceljs shares one style object between cells of the same style id: replace, never mutate.
      cell.style = { ...cell.style, numFmt: write.numberFormat };
    }
    applied.push({
      sheet: write.sheet,
      cell: write.cell,
      before,
      after: write.value,
      numberFormat: write.numberFormat,
    });
  }
  return { applied, skipped };
}

function noteText(note: ExcelJS.Cell["note"]): string {
  if (!note) return "";
  if (typeof note === "string") return note;
  return (note.texts ?? []).map((t) => t.text).join("");
}

/**
 * Fills each highlighted cell (error FFC7CE, warning FFEB9C, solid) and puts the messages of the
 * findings on that cell in its note, keeping any note text the user wrote before ours.
 * Returns the number of cells highlighted.
 */
export function applyHighlights(
  workbook: ExcelJS.Workbook,
  highlights: Highlight[],
  findings: Finding[],
  lang: Lang
): number {
  let count = 0;
  for (const h of highlights) {
    const ws = workbook.getWorksheet(h.sheet);
    if (!ws) continue;
    const cell = cellAt(ws, h.cell);
    if (cell.type === ExcelJS.ValueType.Merge) continue;
    const fill: ExcelJS.FillPattern = {
      type: "pattern",
      pattern: "solid",
      fgColor: { argb: HIGHLIGHT_ARGB[h.severity] },
    };
    cell.style = { ...cell.style, fill };
    const lines = findings
      .filter((f) => f.sheet === h.sheet && f.cell === h.cell)
      .map((f) => `${f.code}: ${f.message[lang]}`);
    if (lines.length > 0) {
      const previous = noteText(cell.note);
      const mark = previous.indexOf(NOTE_MARKER);
      const kept = (mark >= 0 ? previous.slice(0, mark) : previous).trimEnd();
      const ours = NOTE_MARKER + "\n" + lines.join("\n");
      cell.note = kept ? `${kept}\n${ours}` : ours;
    }
    count++;
  }
  return count;
}

/**
 * Undoes exceljs round-trip drift before writing. exceljs 4.4 writes `useFirstPageNumber="1"`
 * whenever `firstPageNumber` is set, and its reader always sets it (default 1), so every
 * rewrite would switch page numbering from "auto" to "start at 1".
 */
export function keepRoundTripFaithful(workbook: ExcelJS.Workbook): void {
  for (const ws of workbook.worksheets) {
    // exceljs reads useFirstPageNumber but leaves it out of its typings.
    const setup = ws.pageSetup as Partial<ExcelJS.PageSetup> & { useFirstPageNumber?: boolean };
    if (setup && !setup.useFirstPageNumber) setup.firstPageNumber = undefined;
  }
}

/** The workbook as .xlsx bytes, after the round-trip workarounds. */
export async function workbookBytes(workbook: ExcelJS.Workbook): Promise<Buffer> {
  keepRoundTripFaithful(workbook);
  return Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}
