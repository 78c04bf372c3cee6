// Highlight marks: the fills we paint and the original fills we saved in the workbook settings to restore them.
import type { Highlight } from "../core";

/** Settings key of the saved original fills; scoped by Excel to (workbook, add-in id). */
export const MARKS_KEY = "jxzp.marks.v1";

/** The mark colours (docs/cli.md, README): error `#FFC7CE`, warning `#FFEB9C`. */
export const HIGHLIGHT_COLORS = { error: "#FFC7CE", warning: "#FFEB9C" } as const;

/** What a cell's fill was before we painted it; `color: null` = No Fill (restored with `fill.clear()`). */
export interface OrigFill {
  color: string | null;
  pattern?: string;
  tintAndShade?: number;
}

export interface MarksSnapshot {
  v: 1;
  /** sheet name → cell address → original fill. */
  sheets: Record<string, Record<string, OrigFill>>;
}

export function emptyMarks(): MarksSnapshot {
  return { v: 1, sheets: {} };
}

/** Tolerates a missing or foreign setting: anything unreadable counts as "no saved marks". */
export function parseMarks(value: unknown): MarksSnapshot | null {
  if (value === null || value === undefined) return null;
  try {
    const obj = (typeof value === "string" ? JSON.parse(value) : value) as Partial<MarksSnapshot>;
    if (obj?.v !== 1 || typeof obj.sheets !== "object" || obj.sheets === null) return null;
    return { v: 1, sheets: obj.sheets };
  } catch {
    return null;
  }
}

export function countMarks(s: MarksSnapshot): number {
  return Object.values(s.sheets).reduce((n, cells) => n + Object.keys(cells).length, 0);
}

export function isHighlightColor(color: string | null | undefined): boolean {
  const c = (color ?? "").toUpperCase();
  return c === HIGHLIGHT_COLORS.error || c === HIGHLIGHT_COLORS.warning;
}

export interface CellRef {
  sheet: string;
  cell: string;
}

export interface MarkPlan {
  /** Stale marks (no longer flagged) to put back to their original fill. */
  restore: (CellRef & { fill: OrigFill })[];
  paint: (CellRef & { color: string })[];
  /** Cells to paint whose original fill is not known yet: read them before the write. */
  unknown: CellRef[];
  next: MarksSnapshot;
}

/**
 * The marks after an action on `sheets`: flagged cells painted (error beats warning), marks that are no
 * longer flagged restored, marks on other sheets kept. A cell marked earlier keeps its saved original.
 */
export function planMarks(
  previous: MarksSnapshot,
  sheets: string[],
  highlights: Highlight[],
  fillAt: (sheet: string, cell: string) => OrigFill | undefined
): MarkPlan {
  const next: MarksSnapshot = { v: 1, sheets: {} };
  for (const [sheet, cells] of Object.entries(previous.sheets)) {
    if (!sheets.includes(sheet)) next.sheets[sheet] = { ...cells };
  }
  const wanted = new Map<string, Map<string, "error" | "warning">>();
  for (const h of highlights) {
    if (!sheets.includes(h.sheet)) continue;
    const m = wanted.get(h.sheet) ?? new Map<string, "error" | "warning">();
    if (m.get(h.cell) !== "error") m.set(h.cell, h.severity);
    wanted.set(h.sheet, m);
  }
  const plan: MarkPlan = { restore: [], paint: [], unknown: [], next };
  for (const sheet of sheets) {
    const before = previous.sheets[sheet] ?? {};
    const want = wanted.get(sheet) ?? new Map<string, "error" | "warning">();
    const after: Record<string, OrigFill> = {};
    for (const [cell, fill] of Object.entries(before)) {
      if (!want.has(cell)) plan.restore.push({ sheet, cell, fill });
    }
    for (const [cell, severity] of want) {
      plan.paint.push({ sheet, cell, color: HIGHLIGHT_COLORS[severity] });
      const saved = before[cell];
      if (saved) {
        after[cell] = saved;
        continue;
      }
      const current = fillAt(sheet, cell);
      if (current === undefined) {
        plan.unknown.push({ sheet, cell });
        after[cell] = { color: null };
      } else {
        after[cell] = originalOf(current);
      }
    }
    if (Object.keys(after).length) next.sheets[sheet] = after;
  }
  return plan;
}

/** A cell already in our exact colour but absent from the snapshot is a mark whose snapshot was lost. */
function originalOf(current: OrigFill): OrigFill {
  return isHighlightColor(current.color) ? { color: null } : current;
}

/** Fills in originals read after planning (the per-cell fallback). */
export function completePlan(plan: MarkPlan, read: Map<string, OrigFill>): void {
  for (const ref of plan.unknown) {
    const fill = read.get(`${ref.sheet}!${ref.cell}`);
    if (fill) plan.next.sheets[ref.sheet][ref.cell] = originalOf(fill);
  }
}

/** Queues `fill` back on a cell: No Fill is cleared, never painted white. */
export function queueRestoreFill(range: Excel.Range, fill: OrigFill, patterns: boolean): void {
  if (fill.color === null) {
    range.format.fill.clear();
    return;
  }
  range.format.fill.color = fill.color;
  if (patterns && fill.pattern) range.format.fill.pattern = fill.pattern as Excel.FillPattern;
  if (patterns && fill.tintAndShade !== undefined)
    range.format.fill.tintAndShade = fill.tintAndShade;
}

/** Queues the fills of a plan and the settings snapshot, all in the caller's write batch. */
export function queueMarkWrites(
  context: Excel.RequestContext,
  plan: MarkPlan,
  patterns: boolean,
  settingExists: boolean
): void {
  const sheet = (name: string) => context.workbook.worksheets.getItem(name);
  for (const r of plan.restore) queueRestoreFill(sheet(r.sheet).getRange(r.cell), r.fill, patterns);
  for (const p of plan.paint) sheet(p.sheet).getRange(p.cell).format.fill.color = p.color;
  queueSaveMarks(context, plan.next, settingExists);
}

/** Saves the snapshot, or deletes the setting when no mark is left (only if it exists: no null-object calls). */
export function queueSaveMarks(
  context: Excel.RequestContext,
  marks: MarksSnapshot,
  settingExists: boolean
): void {
  if (countMarks(marks) > 0) context.workbook.settings.add(MARKS_KEY, JSON.stringify(marks));
  else if (settingExists) context.workbook.settings.getItem(MARKS_KEY).delete();
}

/** True when applying the plan changes nothing (no fill, same snapshot): the write sync can be skipped. */
export function isNoop(plan: MarkPlan, previous: MarksSnapshot): boolean {
  return (
    plan.restore.length === 0 &&
    plan.paint.length === 0 &&
    JSON.stringify(plan.next) === JSON.stringify(previous)
  );
}
