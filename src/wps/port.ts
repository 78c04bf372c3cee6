// createWpsPort: the task pane's WorkbookPort over WPS 表格's ET object model, one module per action.
import type { WorkbookPort } from "../excel/port";
import { check } from "./actions/check";
import { clearMarks } from "./actions/clear-marks";
import { recompute } from "./actions/recompute";
import { select } from "./actions/select";
import { undo } from "./actions/undo";
import { get } from "./com";
import type { WpsHost } from "./host";
import { createWpsSession, type WpsDeps } from "./session";

export type { WpsDeps } from "./session";

export function createWpsPort(host: WpsHost, deps: WpsDeps = {}): WorkbookPort {
  const session = createWpsSession(host, deps);
  const store = () => {
    const book = get(host.app, "ActiveWorkbook");
    return book && typeof book === "object" ? session.store(book as Record<string, unknown>) : null;
  };
  return {
    check: (scope, options, marks) => check(session, scope, options, marks),
    recompute: (scope, options, marks) => recompute(session, scope, options, marks),
    clearMarks: (scope) => clearMarks(session, scope),
    undo: (mode) => undo(session, mode),
    select: (sheet, cell) => select(session, sheet, cell),
    // PluginStorage: the ribbon's recompute is undoable from the pane, although they are two pages.
    canUndo: () => store()?.undo().get() != null,
    loadSettings: () => Promise.resolve(store()?.settings() ?? null),
    saveSettings: (value) => {
      store()?.saveSettings(value);
      return Promise.resolve();
    },
  };
}
