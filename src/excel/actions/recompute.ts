// 重新计算并写入: read, evaluate, re-read right before writing (abort on an edit), write values, marks and undo.
import type { EvaluateOptions } from "../../core";
import { actionResult, changeOf } from "../../host/action-result";
import { applyToSheetData, queueCellWrites } from "../apply-writes";
import { refuse } from "../errors";
import { countMarks, isNoop, queueMarkWrites } from "../highlight-store";
import type { ActionResult, MarkOptions, Scope } from "../port";
import { queueFingerprint } from "../read-grid";
import { planFor, queueUnknownFills, readScope, sheetData, unprotectedNames } from "../read-step";
import type { Session } from "../session";
import { snapshotOf, UNDO_KEY } from "../undo-snapshot";

export function recompute(
  session: Session,
  scope: Scope,
  options?: EvaluateOptions,
  marks: MarkOptions = {}
): Promise<ActionResult> {
  return session.act("recompute", () =>
    session.run(async (ctx) => {
      const f = session.features();
      if (session.env.isReadOnly()) throw refuse({ kind: "readOnly" });
      const read = await readScope(ctx, session, scope, f, options);
      const writes = read.evaluation.writes.filter((w) => read.byName.has(w.sheet));
      const locked = [...new Set(writes.map((w) => w.sheet))].filter(
        (s) => read.byName.get(s)?.protected
      );
      if (locked.length) throw refuse({ kind: "sheetProtected", sheets: locked });
      // The check after the writes runs on the data as written: no re-read.
      const evaluation = writes.length
        ? session.evaluate(sheetData(applyToSheetData(read.reads, writes)), options)
        : read.evaluation;
      // With marks off the plan keeps every existing mark and paints nothing.
      const plan = planFor(read, evaluation, marks.mark === false ? [] : unprotectedNames(read));
      if (writes.length || plan.unknown.length) {
        // Re-read what we read before, right before writing: an edit in between aborts the write.
        const prints = writes.length
          ? read.reads.filter((r) => r.data).map((r) => [r, queueFingerprint(ctx, r)] as const)
          : [];
        const complete = queueUnknownFills(ctx, plan, f);
        await ctx.sync();
        for (const [r, now] of prints)
          if (now() !== r.fingerprint) throw refuse({ kind: "sheetChanged", sheet: r.name });
        complete();
      }
      queueCellWrites(ctx, writes, read.byName);
      const marksChange = !isNoop(plan, read.marks);
      if (marksChange) queueMarkWrites(ctx, plan, f.cellProperties, read.marksSettingExists);
      const snapshot = writes.length ? snapshotOf(writes) : null;
      if (snapshot) ctx.workbook.settings.add(UNDO_KEY, JSON.stringify(snapshot));
      if (writes.length || marksChange) await ctx.sync();
      if (snapshot) session.undoStore.set(snapshot);
      return actionResult("recompute", {
        evaluation,
        written: writes.length,
        highlighted: plan.paint.length,
        changes: writes.map(changeOf),
        marked: countMarks(plan.next),
      });
    })
  );
}
