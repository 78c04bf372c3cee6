// The Excel adapter's public surface: the port factory, the ribbon entry and the shared last-result store.
export { createExcelPort, countFindings } from "./workbook-port";
export type { Evaluate, PortDeps, RunExcel } from "./workbook-port";
export { excelPort, recomputeActiveSheet } from "./ribbon";
export {
  clearLastOutcome,
  getLastOutcome,
  getLastResult,
  setLastError,
  setLastResult,
  subscribeLastOutcome,
} from "./last-result";
export type { LastOutcome } from "./last-result";
export { AddinError } from "./port";
export type { ActionResult, Scope, WorkbookPort } from "./port";
export { HIGHLIGHT_COLORS, MARKS_KEY } from "./highlight-store";
export { UNDO_KEY, sessionUndoStore } from "./undo";
export { MIN_EXCEL_API, CELL_PROPERTIES_API, MERGED_AREAS_API, officeEnv } from "./requirements";
export type { OfficeEnv } from "./requirements";
