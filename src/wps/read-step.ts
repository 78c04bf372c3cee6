// The read every evaluating action shares: the scope's worksheets, the saved marks, the core's evaluation.
import type { EvaluateOptions, Evaluation, SheetData } from "../core";
import { refuse } from "../excel/errors";
import { emptyMarks, planMarks, type MarkPlan, type MarksSnapshot } from "../excel/highlight-store";
import type { Scope } from "../excel/port";
import type { SheetRead } from "../excel/read-grid";
import { callObj, get, getObj, type Com } from "./com";
import { paintFill, restoreFill } from "./fills";
import { readSheet, refineFormats, worksheetsOf, type WpsSheetRead } from "./read-sheet";
import type { WpsSession } from "./session";
import type { BookStore } from "./storage";

/** Worksheet.Visible of a visible sheet (xlSheetVisible); hidden = 0, very hidden = 2. */
const XL_SHEET_VISIBLE = -1;

export interface WpsScopeRead {
  book: Com;
  store: BookStore;
  reads: WpsSheetRead[];
  byName: Map<string, WpsSheetRead>;
  evaluation: Evaluation;
  marks: MarksSnapshot;
}

export function sheetData(reads: SheetRead[]): SheetData[] {
  return reads.flatMap((r) => (r.data ? [r.data] : []));
}

function targets(session: WpsSession, book: Com, scope: Scope): Com[] {
  if (scope === "sheet") return [getObj(session.host.app, "ActiveSheet")];
  // `Visible` may come back as true on some builds: anything but hidden (0 / false) or very hidden (2).
  return worksheetsOf(book).filter((ws) => {
    const v = get(ws, "Visible");
    return v === XL_SHEET_VISIBLE || v === true;
  });
}

/** Reads the scope and evaluates it; refuses an empty active sheet, or a workbook without data. */
export function readScope(
  session: WpsSession,
  scope: Scope,
  options: EvaluateOptions | undefined
): WpsScopeRead {
  const book = session.book();
  const store = session.store(book);
  const reads = targets(session, book, scope).map(readSheet);
  if (scope === "sheet" && !reads[0]?.data)
    throw refuse({ kind: "emptySheet", sheet: reads[0]?.name ?? "" });
  const data = sheetData(reads);
  if (data.length === 0) throw refuse({ kind: "noSheets" });
  let evaluation = session.evaluate(data, options);
  // A blank computed cell's own format (Text, percent) decides how it is written: read those few.
  if (refineFormats(reads, evaluation.writes)) evaluation = session.evaluate(data, options);
  return {
    book,
    store,
    reads,
    byName: new Map(reads.map((r) => [r.name, r])),
    evaluation,
    marks: store.marks() ?? emptyMarks(),
  };
}

/** The marks `ev` asks for on `sheets`; the original fill of each newly flagged cell is read from ET. */
export function planFor(read: WpsScopeRead, ev: Evaluation, sheets: string[]): MarkPlan {
  return planMarks(read.marks, sheets, ev.highlights, (sheet, cell) =>
    read.byName.get(sheet)?.fillAt(cell)
  );
}

/**
 * Saves the originals first, then restores stale marks and paints the flagged cells: should a fill
 * fail half-way, every painted cell still has its original saved (a saved cell that was not painted
 * is restored to the fill it already has).
 */
export function applyMarks(session: WpsSession, read: WpsScopeRead, plan: MarkPlan): void {
  const cell = (sheet: string, a1: string): Com => {
    const ws = read.byName.get(sheet)?.ws ?? session.sheet(read.book, sheet);
    return callObj(ws, "Range", a1);
  };
  read.store.saveMarks(plan.next);
  for (const r of plan.restore) restoreFill(cell(r.sheet, r.cell), r.fill);
  for (const p of plan.paint) paintFill(cell(p.sheet, p.cell), p.color);
}

export function unprotectedNames(read: WpsScopeRead): string[] {
  return read.reads.filter((r) => !r.protected).map((r) => r.name);
}
