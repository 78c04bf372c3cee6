// createExcelPort: assembles the WorkbookPort from one session and one module per action (src/excel/actions).
import { check } from "./actions/check";
import { clearMarks } from "./actions/clear-marks";
import { recompute } from "./actions/recompute";
import { select } from "./actions/select";
import { loadSettings, saveSettings } from "./actions/settings";
import { watch } from "./actions/watch";
import { undo } from "./actions/undo";
import type { WorkbookPort } from "./port";
import { detectFeatures, missingFeatures } from "./requirements";
import { createSession, type PortDeps, type RunExcel } from "./session";

export type { PortDeps, RunExcel } from "./session";

export function createExcelPort(excelRun: RunExcel, deps: PortDeps = {}): WorkbookPort {
  const session = createSession(excelRun, deps);
  return {
    check: (scope, options, marks) => check(session, scope, options, marks),
    recompute: (scope, options, marks) => recompute(session, scope, options, marks),
    clearMarks: (scope) => clearMarks(session, scope),
    undo: (mode) => undo(session, mode),
    select: (sheet, cell) => select(session, sheet, cell),
    canUndo: () => session.undoStore.get() !== null,
    watch: (onChange) => watch(session, onChange),
    missingFeatures: () => missingFeatures(detectFeatures(session.env)),
    loadSettings: () => loadSettings(session),
    saveSettings: (value) => saveSettings(session, value),
  };
}
