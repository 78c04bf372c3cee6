// createExcelPort: assembles the WorkbookPort from one session and one module per action (src/excel/actions).
import { check } from "./actions/check";
import { clearMarks } from "./actions/clear-marks";
import { recompute } from "./actions/recompute";
import { select } from "./actions/select";
import { undo } from "./actions/undo";
import type { WorkbookPort } from "./port";
import { createSession, type PortDeps, type RunExcel } from "./session";

export type { PortDeps, RunExcel } from "./session";

export function createExcelPort(excelRun: RunExcel, deps: PortDeps = {}): WorkbookPort {
  const session = createSession(excelRun, deps);
  return {
    check: (scope, options) => check(session, scope, options),
    recompute: (scope, options) => recompute(session, scope, options),
    clearMarks: () => clearMarks(session),
    undo: () => undo(session),
    select: (sheet, cell) => select(session, sheet, cell),
    canUndo: () => session.undoStore.get() !== null,
  };
}
