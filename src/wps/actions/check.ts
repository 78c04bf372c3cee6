// 检查: read the scope, evaluate, paint the flagged cells (unless read-only, protected or marks off).
import { tally, type EvaluateOptions } from "../../core";
import { countMarks, isNoop } from "../../excel/highlight-store";
import type { ActionResult, MarkOptions, Scope, Unmarked } from "../../excel/port";
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
    const unmarked: Unmarked | null = readOnly
      ? { why: "readOnly" }
      : protectedNames.length
        ? { why: "protected", sheets: protectedNames }
        : null;
    return {
      action: "check",
      evaluation: read.evaluation,
      counts: tally(read.evaluation),
      written: 0,
      highlighted,
      restored: 0,
      unmarked,
      changes: [],
      marked,
    };
  });
}
