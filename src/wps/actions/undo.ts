// 撤销: re-read the cells the last recompute wrote, refuse if any changed since (or restore only the others), write back what was there.
import { refuse } from "../../excel/errors";
import { actionResult } from "../../host/action-result";
import type { ActionResult, UndoMode } from "../../excel/port";
import { stillOurs } from "../../excel/undo-snapshot";
import { callObj, get } from "../com";
import type { WpsSession } from "../session";
import { restoreEntry } from "../write-cells";

export function undo(session: WpsSession, mode: UndoMode = "all"): Promise<ActionResult> {
  return session.act("undo", () => {
    const book = session.book();
    if (session.readOnly(book)) throw refuse({ kind: "readOnly" });
    const undoStore = session.store(book).undo();
    const snap = undoStore.get();
    if (!snap) throw refuse({ kind: "nothingToUndo" });
    const names = [...new Set(snap.entries.map((e) => e.sheet))];
    const sheets = new Map(names.map((n) => [n, session.sheet(book, n)]));
    const locked = names.filter((n) => get(sheets.get(n)!, "ProtectContents") === true);
    if (locked.length) throw refuse({ kind: "sheetProtected", sheets: locked });
    const changed = snap.entries.filter((e) => {
      const cell = callObj(sheets.get(e.sheet)!, "Range", e.cell);
      return !stillOurs(e, {
        value: get(cell, "Value2"),
        formula: get(cell, "Formula"),
        numberFormat: normal(get(cell, "NumberFormat")),
      });
    });
    if (changed.length && mode === "all")
      throw refuse({
        kind: "undoCellsChanged",
        cells: changed.map((e) => `${e.sheet}!${e.cell}`),
        restorable: snap.entries.length - changed.length,
      });
    const restore = snap.entries.filter((e) => !changed.includes(e));
    for (const e of restore) restoreEntry(sheets.get(e.sheet)!, e);
    undoStore.set(null);
    return actionResult("undo", { restored: restore.length });
  });
}

/** The format we wrote is compared as ET reports it; its local General name counts as General. */
function normal(f: unknown): unknown {
  return f === "G/通用格式" || f === "常规" ? "General" : f;
}
