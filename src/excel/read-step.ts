// The read step every evaluating action shares: the scope's sheets, the saved settings, the core's evaluation.
import type { EvaluateOptions, Evaluation, SheetData } from "../core";
import { refuse } from "./errors";
import {
  completePlan,
  emptyMarks,
  MARKS_KEY,
  parseMarks,
  planMarks,
  type MarkPlan,
  type MarksSnapshot,
} from "./highlight-store";
import { mergesInPackage } from "./merges-from-file";
import type { Scope } from "./port";
import { queueFillRead, readSheets, type SheetRead } from "./read-grid";
import type { Features } from "./requirements";
import type { Session } from "./session";
import { parseUndo, UNDO_KEY } from "./undo-snapshot";

type Target = (ctx: Excel.RequestContext) => Excel.Worksheet;

export interface ScopeRead {
  reads: SheetRead[];
  byName: Map<string, SheetRead>;
  evaluation: Evaluation;
  marks: MarksSnapshot;
  marksSettingExists: boolean;
}

/** Sheet scope reads the active sheet through its proxy (no extra sync); workbook scope lists sheets first. */
async function targetsFor(ctx: Excel.RequestContext, scope: Scope): Promise<Target[]> {
  if (scope === "sheet") return [(c) => c.workbook.worksheets.getActiveWorksheet()];
  const sheets = ctx.workbook.worksheets;
  sheets.load("items/name,items/visibility");
  await ctx.sync();
  return sheets.items
    .filter((s) => s.visibility === "Visible")
    .map((s) => s.name)
    .map((name) => (c: Excel.RequestContext) => c.workbook.worksheets.getItem(name));
}

/** The sheets that hold data, as the core takes them. */
export function sheetData(reads: SheetRead[]): SheetData[] {
  return reads.flatMap((r) => (r.data ? [r.data] : []));
}

/**
 * One read batch for the scope (plus the sheet list in workbook scope): used ranges, the marks and undo
 * settings, then the core's evaluation under `options`. Refuses an empty active sheet or no data at all.
 */
export async function readScope(
  ctx: Excel.RequestContext,
  session: Session,
  scope: Scope,
  f: Features,
  options: EvaluateOptions | undefined
): Promise<ScopeRead> {
  const targets = await targetsFor(ctx, scope);
  const {
    sheets: reads,
    extra,
    mergesRead,
  } = await readSheets(ctx, targets, f, () => {
    const marks = ctx.workbook.settings.getItemOrNullObject(MARKS_KEY);
    marks.load("value");
    const undo = ctx.workbook.settings.getItemOrNullObject(UNDO_KEY);
    undo.load("value");
    return { marks, undo };
  });
  if (scope === "sheet" && !reads[0]?.data)
    throw refuse({ kind: "emptySheet", sheet: reads[0]?.name ?? "" });
  const data = sheetData(reads);
  if (data.length === 0) throw refuse({ kind: "noSheets" });
  if (!mergesRead && f.fileMerges) await mergesFromFile(session, data);
  // A pane reopened in a new session learns from the workbook that an undo is still possible;
  // without a shared runtime the workbook is the only truth (the ribbon wrote it from elsewhere).
  const { undoStore } = session;
  const saved = extra.undo.isNullObject ? null : parseUndo(extra.undo.value);
  if (!f.sharedRuntime) undoStore.set(saved);
  else if (!undoStore.get() && saved) undoStore.set(saved);
  const marksSettingExists = !extra.marks.isNullObject;
  return {
    reads,
    byName: new Map(reads.map((r) => [r.name, r])),
    evaluation: session.evaluate(data, options),
    marks: (marksSettingExists ? parseMarks(extra.marks.value) : null) ?? emptyMarks(),
    marksSettingExists,
  };
}

/**
 * Below ExcelApi 1.13 (or when Excel rejected the merge read) the merges come from the workbook's own
 * package: the same reading as the API's, so findings and writes do not depend on the Excel version.
 * Where the file cannot be had, merges stay unknown and the core reads without them.
 */
async function mergesFromFile(session: Session, data: SheetData[]): Promise<void> {
  let bySheet: Map<string, string[]>;
  try {
    bySheet = mergesInPackage(await session.documentFile());
  } catch {
    return;
  }
  for (const sheet of data) {
    const merges = bySheet.get(sheet.name);
    if (merges) sheet.merges = merges;
  }
}

/** The marks `ev` asks for on `sheets`, original fills taken from the read batch where it has them. */
export function planFor(read: ScopeRead, ev: Evaluation, sheets: string[]): MarkPlan {
  return planMarks(read.marks, sheets, ev.highlights, (sheet, cell) =>
    read.byName.get(sheet)?.fillAt(cell)
  );
}

/** Queues the fill reads the plan still lacks; the returned function completes the plan after the sync. */
export function queueUnknownFills(
  ctx: Excel.RequestContext,
  plan: MarkPlan,
  f: Features
): () => void {
  const loads = plan.unknown.map(
    (ref) => [`${ref.sheet}!${ref.cell}`, queueFillRead(ctx, ref.sheet, ref.cell, f)] as const
  );
  return () => completePlan(plan, new Map(loads.map(([k, get]) => [k, get()])));
}

/** The sheets whose marks may be written: not protected (the caller handles a read-only workbook). */
export function unprotectedNames(read: ScopeRead): string[] {
  return read.reads.filter((r) => !r.protected).map((r) => r.name);
}
