// The emulator's model from src/files sheet data: how a workbook exceljs cannot open (.xls, .et, .ods)
// reaches the Excel adapter in tests, as Excel itself would show it after opening the file.
import { toA1, type SheetData } from "../../src/core";
import type { EmuCell, EmuSheet, WorkbookModel } from "./model";

export type SheetVisibility = "visible" | "hidden" | "veryHidden";

const VISIBILITY = { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" } as const;

/** An Office.js error value as a cell shows it (`#REF!`, `#DIV/0!`, `#N/A` …). */
const ERROR_TEXT = /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!)$/;

function sheetOf(data: SheetData, visibility: SheetVisibility): EmuSheet {
  const cells: Record<string, EmuCell> = {};
  data.values.forEach((line, r) =>
    line.forEach((value, c) => {
      const formula = data.formulas?.[r]?.[c] ?? null;
      const format = data.numberFormats?.[r]?.[c] ?? null;
      if (value === null && !formula && (!format || format === "General")) return;
      const cell: EmuCell = { value: value ?? "" };
      if (formula) cell.formula = formula;
      if (format && format !== "General") cell.numberFormat = format;
      if (typeof value === "string" && formula && ERROR_TEXT.test(value)) cell.error = true;
      cells[toA1(data.top + r, data.left + c)] = cell;
    })
  );
  const sheet: EmuSheet = { name: data.name, cells, merges: [...(data.merges ?? [])] };
  if (visibility !== "visible") sheet.visibility = VISIBILITY[visibility];
  return sheet;
}

/**
 * Sheets in tab order with their visibility; the first visible one is active. Merges the reader did
 * not know (`merges` undefined) become none: Excel always knows a file's merges, so a test that needs
 * them builds an .xlsx instead.
 */
export function modelFromSheetData(
  sheets: SheetData[],
  visibility: (name: string) => SheetVisibility = () => "visible"
): WorkbookModel {
  const out = sheets.map((s) => sheetOf(s, visibility(s.name)));
  const active = out.find((s) => (s.visibility ?? "Visible") === "Visible") ?? out[0];
  return { sheets: out, activeSheet: active?.name ?? "", settings: {}, selected: null };
}
