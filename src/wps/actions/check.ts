// 检查: read the scope, evaluate, paint the flagged cells (unless read-only, protected or marks off).
import type { EvaluateOptions } from "../../core";
import { actionResult, unmarkedBy } from "../../host/action-result";
import { countMarks, isNoop } from "../../excel/highlight-store";
import type { ActionResult, MarkOptions, Scope } from "../../excel/port";
import { applyMarks, planFor, readScope, unprotectedNames } from "../read-step";
import type { WpsSession } from "../session";

export function check(
  session: WpsSession,
  scope: Scope,
  options?: EvaluateOptions,
  marks: MarkOptions = {}
): Promise<ActionResult> {
  return session.act("check", () => {
    const read = readScope(session, scope, options);
    const readOnly = session.readOnly(read.book);
    const writable = readOnly || marks.mark === false ? [] : unprotectedNames(read);
    let highlighted = 0;
    let marked = countMarks(read.marks);
    if (writable.length) {
      const plan = planFor(read, read.evaluation, writable);
      if (!isNoop(plan, read.marks)) applyMarks(session, read, plan);
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
  });
}
