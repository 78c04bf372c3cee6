// What every host's actions return, built one way: the ActionResult defaults, the "why not marked"
// of a check, and the change line of a written cell (the Excel and WPS adapters both use these).
import { tally, type CellWrite } from "../core";
import type { ActionKind, ActionResult, CellChange, Unmarked } from "../excel/port";

type Parts = Partial<Omit<ActionResult, "action" | "counts">>;

/** An action's result: counts from its evaluation (null without one), nothing written, painted or restored unless said. */
export function actionResult(action: ActionKind, parts: Parts = {}): ActionResult {
  const evaluation = parts.evaluation ?? null;
  return {
    action,
    evaluation,
    counts: evaluation ? tally(evaluation) : null,
    written: 0,
    highlighted: 0,
    restored: 0,
    unmarked: null,
    changes: [],
    marked: null,
    ...parts,
  };
}

/** Why a check painted no marks: the whole read-only workbook, or these protected sheets. */
export function unmarkedBy(readOnly: boolean, protectedSheets: string[]): Unmarked | null {
  if (readOnly) return { why: "readOnly" };
  return protectedSheets.length ? { why: "protected", sheets: protectedSheets } : null;
}

/** What the pane lists for a written cell: the formula or value it held, the value it holds now. */
export function changeOf(w: CellWrite): CellChange {
  const was = w.before.formula ?? w.before.value;
  return {
    sheet: w.sheet,
    cell: w.cell,
    role: w.role,
    before: was === null || was === undefined ? "" : String(was),
    after: String(w.value),
  };
}
