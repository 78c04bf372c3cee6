// 检查: read the scope, evaluate, paint the flagged cells (unless read-only or protected) in one more sync.
import type { EvaluateOptions } from "../../core";
import { actionResult, unmarkedBy } from "../../host/action-result";
import { countMarks, isNoop, queueMarkWrites } from "../highlight-store";
import type { ActionResult, MarkOptions, Scope } from "../port";
import { planFor, queueUnknownFills, readScope, unprotectedNames } from "../read-step";
import type { Session } from "../session";

export function check(
  session: Session,
  scope: Scope,
  options?: EvaluateOptions,
  marks: MarkOptions = {}
): Promise<ActionResult> {
  return session.act("check", () =>
    session.run(async (ctx) => {
      const f = session.features();
      const read = await readScope(ctx, session, scope, f, options);
      const readOnly = session.env.isReadOnly();
      // With marks off nothing is painted or restored: the marks already there stay (and are counted).
      const writable = readOnly || marks.mark === false ? [] : unprotectedNames(read);
      let highlighted = 0;
      let marked = countMarks(read.marks);
      if (writable.length) {
        const plan = planFor(read, read.evaluation, writable);
        if (plan.unknown.length) {
          // Only without getCellProperties (ExcelApi < 1.9) or for a cell outside the used range.
          const complete = queueUnknownFills(ctx, plan, f);
          await ctx.sync();
          complete();
        }
        if (!isNoop(plan, read.marks)) {
          queueMarkWrites(ctx, plan, f.cellProperties, read.marksSettingExists);
          await ctx.sync();
        }
        highlighted = plan.paint.length;
        marked = countMarks(plan.next);
      }
      const protectedNames = read.reads.filter((r) => r.protected && r.data).map((r) => r.name);
      return actionResult("check", {
        evaluation: read.evaluation,
        highlighted,
        unmarked: unmarkedBy(readOnly, protectedNames),
        marked,
      });
    })
  );
}
