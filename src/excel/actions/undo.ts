// 撤销: re-read the cells the last recompute wrote, refuse if any changed since (or restore only the others), write back what was there.
/* eslint-disable office-addins/call-sync-before-read, office-addins/call-sync-after-load -- the rule does not follow reads after a sync inside a branch; the emulator enforces PropertyNotLoaded at run time */
import { actionResult } from "../../host/action-result";
import { refuse } from "../errors";
import type { ActionResult, UndoMode } from "../port";
import type { Session } from "../session";
import { parseUndo, queueUndoEntry, stillOurs, UNDO_KEY } from "../undo-snapshot";

/**
 * `mode` "all" refuses when any written cell changed since (listing them all); "unchanged" restores
 * the cells nobody touched and leaves the edited ones as the user made them.
 */
export function undo(session: Session, mode: UndoMode = "all"): Promise<ActionResult> {
  return session.act("undo", () =>
    session.run(async (ctx) => {
      const f = session.features();
      if (session.env.isReadOnly()) throw refuse({ kind: "readOnly" });
      // Without a shared runtime the ribbon's recompute ran elsewhere: only the workbook's snapshot is current.
      let snap = f.sharedRuntime ? session.undoStore.get() : null;
      const setting = ctx.workbook.settings.getItemOrNullObject(UNDO_KEY);
      setting.load("value");
      if (!snap) {
        // A new session: the snapshot is only in the workbook (one sync more).
        await ctx.sync();
        snap = setting.isNullObject ? null : parseUndo(setting.value);
        if (!snap) throw refuse({ kind: "nothingToUndo" });
      }
      const entries = snap.entries;
      const cells = entries.map((e) => {
        const r = ctx.workbook.worksheets.getItem(e.sheet).getRange(e.cell);
        r.load("values,formulas,numberFormat");
        return r;
      });
      const protections = [...new Set(entries.map((e) => e.sheet))].map((name) => {
        const p = ctx.workbook.worksheets.getItem(name).protection;
        p.load("protected");
        return [name, p] as const;
      });
      await ctx.sync();
      const locked = protections.filter(([, p]) => p.protected).map(([n]) => n);
      if (locked.length) throw refuse({ kind: "sheetProtected", sheets: locked });
      const changed = entries.filter(
        (e, i) =>
          !stillOurs(e, {
            value: cells[i].values[0][0],
            formula: cells[i].formulas[0][0],
            numberFormat: cells[i].numberFormat[0][0],
          })
      );
      if (changed.length && mode === "all")
        throw refuse({
          kind: "undoCellsChanged",
          cells: changed.map((e) => `${e.sheet}!${e.cell}`),
          restorable: entries.length - changed.length,
        });
      const restore = entries.filter((e) => !changed.includes(e));
      restore.forEach((e) => queueUndoEntry(ctx, e));
      if (!setting.isNullObject) ctx.workbook.settings.getItem(UNDO_KEY).delete();
      await ctx.sync();
      session.undoStore.set(null);
      return actionResult("undo", { restored: restore.length });
    })
  );
}
