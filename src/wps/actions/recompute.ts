// 重新计算并写入: read, evaluate, write values (never over a formula), marks and the undo snapshot.
// ET runs an action synchronously on its own thread, so nobody can edit a cell between our read and
// our write (the Excel adapter re-reads before writing for that reason; here it cannot happen).
import type { CellWrite, EvaluateOptions } from "../../core";
import { actionResult, changeOf } from "../../host/action-result";
import { applyToSheetData } from "../../excel/apply-writes";
import { refuse } from "../../excel/errors";
import { countMarks, isNoop } from "../../excel/highlight-store";
import type { ActionResult, MarkOptions, Scope } from "../../excel/port";
import { snapshotOf, type UndoEntry } from "../../excel/undo-snapshot";
import type { WpsSheetRead } from "../read-sheet";
import { applyMarks, planFor, readScope, sheetData, unprotectedNames } from "../read-step";
import type { WpsSession } from "../session";
import { holdsFormula, restoreEntry, writeCell } from "../write-cells";

export function recompute(
  session: WpsSession,
  scope: Scope,
  options?: EvaluateOptions,
  marks: MarkOptions = {}
): Promise<ActionResult> {
  return session.act("recompute", () => {
    if (session.readOnly(session.book())) throw refuse({ kind: "readOnly" });
    const read = readScope(session, scope, options);
    const writes = read.evaluation.writes.filter(
      (w) => read.byName.has(w.sheet) && !holdsFormula(read.byName.get(w.sheet), w.cell)
    );
    const locked = [...new Set(writes.map((w) => w.sheet))].filter(
      (s) => read.byName.get(s)?.protected
    );
    if (locked.length) throw refuse({ kind: "sheetProtected", sheets: locked });
    // The check after the writes runs on the data as written: no re-read.
    const evaluation = writes.length
      ? session.evaluate(sheetData(applyToSheetData(read.reads, writes)), options)
      : read.evaluation;
    const plan = planFor(read, evaluation, marks.mark === false ? [] : unprotectedNames(read));
    const snapshot = writes.length ? snapshotOf(writes) : null;
    writeAllOrNone(read.byName, writes, snapshot?.entries ?? []);
    if (snapshot) read.store.undo().set(snapshot);
    if (!isNoop(plan, read.marks)) applyMarks(session, read, plan);
    return actionResult("recompute", {
      evaluation,
      written: writes.length,
      highlighted: plan.paint.length,
      changes: writes.map(changeOf),
      marked: countMarks(plan.next),
    });
  });
}

/**
 * ET has no write batch: cells are written one by one. Should one write fail (the sheet got
 * protected, ET refused a value), the cells already written are put back before the error is
 * reported, so a recompute still writes all its cells or none.
 */
function writeAllOrNone(
  byName: ReadonlyMap<string, WpsSheetRead>,
  writes: CellWrite[],
  entries: UndoEntry[]
): void {
  let done = 0;
  try {
    for (const w of writes) {
      const read = byName.get(w.sheet);
      if (!read) continue;
      writeCell(read.ws, w, read);
      done += 1;
    }
  } catch (e) {
    for (const entry of entries.slice(0, done).reverse()) {
      try {
        const ws = byName.get(entry.sheet)?.ws;
        if (ws) restoreEntry(ws, entry);
      } catch {
        // Best effort: the error below tells the clerk the recompute failed.
      }
    }
    throw e;
  }
}
