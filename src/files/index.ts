// The host-neutral file layer: bytes in, SheetData[] and per-sheet failures out (CLI and web page).
export { readWorkbook } from "./read-workbook";
export type { SheetFailure, SheetInfo, SheetState, WorkbookRead } from "./read-workbook";
export { sniffKind, READABLE_KINDS, type FileKind } from "./kind";
export { ReadError, readMessages, kindLabel, type ReadErrorCode } from "./messages";
export { cellValue, grow, sheetData, type Bounds, type SheetReadOptions } from "./sheet-data";
