// Node-side: builds the emulator's JSON model from an exceljs workbook or .xlsx bytes (fixtures feed the emulator).
import ExcelJS from "exceljs";
import type { EmuCell, EmuFill, EmuSheet, EmuValue, EmuVisibility, WorkbookModel } from "./model";

const MS_PER_DAY = 86_400_000;
// exceljs maps serial 25569 to 1970-01-01 UTC.
const UNIX_EPOCH_SERIAL = 25569;
/** Theme/indexed colours need the theme part to resolve; the emulator only needs "some fill". */
const UNRESOLVED_FILL = "#C0C0C0";

function plain(value: ExcelJS.CellValue): EmuValue | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean")
    return value;
  if (value instanceof Date) {
    const serial = UNIX_EPOCH_SERIAL + value.getTime() / MS_PER_DAY;
    return Math.round(serial * MS_PER_DAY) / MS_PER_DAY;
  }
  if ("richText" in value && Array.isArray(value.richText))
    return value.richText.map((r) => r.text ?? "").join("");
  if ("error" in value) return String(value.error);
  if ("formula" in value || "sharedFormula" in value)
    return plain((value.result ?? null) as ExcelJS.CellValue);
  if ("text" in value) return plain((value as { text: ExcelJS.CellValue }).text);
  return null;
}

/** An error value (t="e"), as a constant or as a formula's cached result. */
function isErrorValue(cell: ExcelJS.Cell): boolean {
  const v = cell.type === ExcelJS.ValueType.Formula ? cell.result : cell.value;
  return typeof v === "object" && v !== null && "error" in v;
}

function formulaOf(cell: ExcelJS.Cell): string | undefined {
  if (cell.type !== ExcelJS.ValueType.Formula) return undefined;
  let text: string | undefined;
  try {
    text = cell.formula;
  } catch {
    text = undefined;
  }
  return text ? `=${text}` : "=";
}

function fillOf(cell: ExcelJS.Cell): EmuFill | undefined {
  const f = cell.fill as ExcelJS.Fill | undefined;
  if (!f || f.type !== "pattern" || !f.pattern || f.pattern === "none") return undefined;
  const argb = f.fgColor?.argb;
  const color =
    argb && /^[0-9A-Fa-f]{8}$/.test(argb) ? `#${argb.slice(2).toUpperCase()}` : UNRESOLVED_FILL;
  return f.pattern === "solid" ? { color } : { color, pattern: f.pattern };
}

function visibility(state: string | undefined): EmuVisibility {
  return state === "hidden" ? "Hidden" : state === "veryHidden" ? "VeryHidden" : "Visible";
}

function sheetFromExcelJs(ws: ExcelJS.Worksheet): EmuSheet {
  const cells: Record<string, EmuCell> = {};
  ws.eachRow({ includeEmpty: true }, (row) => {
    row.eachCell({ includeEmpty: true }, (cell) => {
      // Office.js gives a merged area's value to its top-left cell only.
      if (cell.type === ExcelJS.ValueType.Merge) return;
      // exceljs's formula `value` drops a falsy cached result (0): read `result` for formulas.
      const value = plain(
        cell.type === ExcelJS.ValueType.Formula
          ? ((cell.result ?? null) as ExcelJS.CellValue)
          : cell.value
      );
      const out: EmuCell = { value: value ?? "" };
      if (isErrorValue(cell)) out.error = true;
      const formula = formulaOf(cell);
      if (formula) out.formula = formula;
      if (cell.numFmt && cell.numFmt !== "General") out.numberFormat = cell.numFmt;
      const fill = fillOf(cell);
      if (fill) out.fill = fill;
      if (out.value !== "" || out.formula || out.numberFormat || out.fill)
        cells[cell.address] = out;
    });
  });
  const protection = (ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection;
  const sheet: EmuSheet = { name: ws.name, cells, merges: [...ws.model.merges] };
  const vis = visibility(ws.state);
  if (vis !== "Visible") sheet.visibility = vis;
  if (protection?.sheet) sheet.protected = true;
  return sheet;
}

export function modelFromExcelJs(workbook: ExcelJS.Workbook): WorkbookModel {
  const sheets = workbook.worksheets.map(sheetFromExcelJs);
  const activeTab = workbook.views?.[0]?.activeTab;
  const active =
    (activeTab !== undefined ? sheets[activeTab] : undefined) ??
    sheets.find((s) => (s.visibility ?? "Visible") === "Visible") ??
    sheets[0];
  return { sheets, activeSheet: active?.name ?? "", settings: {}, selected: null };
}

export async function modelFromXlsx(bytes: Buffer | ArrayBuffer): Promise<WorkbookModel> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return modelFromExcelJs(workbook);
}

/** The JSON text of a model, for shipping a fixture into the browser bundle. */
export function toModelJSON(model: WorkbookModel): string {
  return JSON.stringify(model);
}
