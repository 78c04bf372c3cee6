// createExcelPort: the WorkbookPort over Excel.run — check, recompute, clear marks, undo, select.
/* eslint-disable office-addins/call-sync-before-read, office-addins/call-sync-after-load -- the rule does not follow reads deferred into closures run after the caller's sync; the emulator enforces PropertyNotLoaded at run time */
import { evaluate as coreEvaluate } from "../core";
import type { Evaluation } from "../core/report/types";
import type { Finding, SheetData } from "../core/types";
import { applyToSheetData, queueCellWrites } from "./apply-writes";
import {
  completePlan,
  countMarks,
  emptyMarks,
  isHighlightColor,
  isNoop,
  MARKS_KEY,
  parseMarks,
  planMarks,
  queueMarkWrites,
  queueRestoreFill,
  queueSaveMarks,
  type MarkPlan,
  type MarksSnapshot,
  type OrigFill,
} from "./highlight-store";
import { setLastError, setLastResult } from "./last-result";
import { ERRORS, NOTES, SUMMARY, toAddinError, type FindingCounts } from "./messages";
import type { ActionResult, Scope, WorkbookPort } from "./port";
import { queueFillRead, queueFingerprint, readSheets, type SheetRead } from "./read-grid";
import {
  DELAY_FOR_CELL_EDIT_API,
  detectFeatures,
  MIN_EXCEL_API,
  officeEnv,
  type Features,
  type OfficeEnv,
} from "./requirements";
import { toA1 } from "./a1";
import {
  parseUndo,
  queueUndoEntry,
  sessionUndoStore,
  snapshotOf,
  stillOurs,
  UNDO_KEY,
  type UndoStore,
} from "./undo";

type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

/** `Excel.run` (or the emulator's run): injected so tests drive the adapter against the emulator. */
export interface RunExcel {
  <T>(batch: Batch<T>): Promise<T>;
  <T>(options: Excel.RunOptions, batch: Batch<T>): Promise<T>;
}
export type Evaluate = (sheets: SheetData[]) => Evaluation;

export interface PortDeps {
  evaluate?: Evaluate;
  env?: OfficeEnv;
  undoStore?: UndoStore;
  /** Publish every outcome to the last-result store (default true). */
  publish?: boolean;
}

type Target = (ctx: Excel.RequestContext) => Excel.Worksheet;

interface Gathered {
  reads: SheetRead[];
  byName: Map<string, SheetRead>;
  evaluation: Evaluation;
  marks: MarksSnapshot;
  marksSettingExists: boolean;
}

export function countFindings(ev: Evaluation): FindingCounts {
  const all: Finding[] = [...ev.sheetFindings, ...ev.forms.flatMap((f) => f.findings)];
  return {
    forms: ev.forms.length,
    errors: all.filter((f) => f.severity === "error").length,
    warnings: all.filter((f) => f.severity === "warning").length,
    infos: all.filter((f) => f.severity === "info").length,
  };
}

export function createExcelPort(excelRun: RunExcel, deps: PortDeps = {}): WorkbookPort {
  const evaluate = deps.evaluate ?? ((sheets: SheetData[]) => coreEvaluate(sheets));
  const env = deps.env ?? officeEnv();
  const undoStore = deps.undoStore ?? sessionUndoStore;
  const publish = deps.publish ?? true;

  /**
   * With ExcelApi 1.11 a batch waits while the user is editing a cell instead of failing. ExcelApi
   * 1.20's `mergeUndoGroup` is not used: our settings writes may not support undo and would make the
   * whole batch throw UndoNotSupported (docs/architecture.md, "Office.js discipline"); 撤销 is our own.
   */
  const run = <T>(batch: Batch<T>): Promise<T> =>
    env.isSetSupported("ExcelApi", DELAY_FOR_CELL_EDIT_API)
      ? excelRun({ delayForCellEdit: true }, batch)
      : excelRun(batch);

  const features = (): Features => {
    const f = detectFeatures(env);
    if (!f.basics) throw ERRORS.apiUnsupported(MIN_EXCEL_API);
    return f;
  };

  async function act(
    action: ActionResult["action"],
    body: () => Promise<ActionResult>
  ): Promise<ActionResult> {
    try {
      const result = await body();
      if (publish) setLastResult(result);
      return result;
    } catch (e) {
      const err = toAddinError(e);
      if (publish) setLastError(action, err);
      throw err;
    }
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

  async function gather(ctx: Excel.RequestContext, scope: Scope, f: Features): Promise<Gathered> {
    const targets = await targetsFor(ctx, scope);
    const { sheets: reads, extra } = await readSheets(ctx, targets, f, () => {
      const marks = ctx.workbook.settings.getItemOrNullObject(MARKS_KEY);
      marks.load("value");
      const undo = ctx.workbook.settings.getItemOrNullObject(UNDO_KEY);
      undo.load("value");
      return { marks, undo };
    });
    if (scope === "sheet" && !reads[0]?.data) throw ERRORS.emptySheet(reads[0]?.name ?? "");
    const withData = reads.filter((r) => r.data);
    if (withData.length === 0) throw ERRORS.noSheets();
    // A pane reopened in a new session learns from the workbook that an undo is still possible.
    if (!undoStore.get() && !extra.undo.isNullObject) undoStore.set(parseUndo(extra.undo.value));
    const marksSettingExists = !extra.marks.isNullObject;
    return {
      reads,
      byName: new Map(reads.map((r) => [r.name, r])),
      evaluation: evaluate(withData.map((r) => r.data as SheetData)),
      marks: (marksSettingExists ? parseMarks(extra.marks.value) : null) ?? emptyMarks(),
      marksSettingExists,
    };
  }

  function plan(g: Gathered, ev: Evaluation, sheets: string[]): MarkPlan {
    return planMarks(g.marks, sheets, ev.highlights, (sheet, cell) =>
      g.byName.get(sheet)?.fillAt(cell)
    );
  }

  function queueUnknownFills(ctx: Excel.RequestContext, p: MarkPlan, f: Features): () => void {
    const loads = p.unknown.map(
      (ref) => [`${ref.sheet}!${ref.cell}`, queueFillRead(ctx, ref.sheet, ref.cell, f)] as const
    );
    return () => completePlan(p, new Map(loads.map(([k, get]) => [k, get()])));
  }

  return {
    check: (scope) =>
      act("check", () =>
        run(async (ctx) => {
          const f = features();
          const g = await gather(ctx, scope, f);
          const readOnly = env.isReadOnly();
          const protectedNames = g.reads.filter((r) => r.protected && r.data).map((r) => r.name);
          const writable = readOnly ? [] : g.reads.filter((r) => !r.protected).map((r) => r.name);
          let highlighted = 0;
          if (writable.length) {
            const p = plan(g, g.evaluation, writable);
            if (p.unknown.length) {
              // Only without getCellProperties (ExcelApi < 1.9) or for a cell outside the used range.
              const complete = queueUnknownFills(ctx, p, f);
              await ctx.sync();
              complete();
            }
            if (!isNoop(p, g.marks)) {
              queueMarkWrites(ctx, p, f.cellProperties, g.marksSettingExists);
              await ctx.sync();
            }
            highlighted = p.paint.length;
          }
          const note = readOnly
            ? NOTES.notMarked("readOnly", [])
            : protectedNames.length
              ? NOTES.notMarked("protected", protectedNames)
              : null;
          const summary = SUMMARY.check(countFindings(g.evaluation), highlighted, null);
          if (note) {
            summary.zh += note.zh;
            summary.en += ` ${note.en}`;
          }
          return {
            action: "check",
            evaluation: g.evaluation,
            written: 0,
            highlighted,
            restored: 0,
            summary,
          };
        })
      ),

    recompute: (scope) =>
      act("recompute", () =>
        run(async (ctx) => {
          const f = features();
          if (env.isReadOnly()) throw ERRORS.readOnly();
          const g = await gather(ctx, scope, f);
          const writes = g.evaluation.writes.filter((w) => g.byName.has(w.sheet));
          const locked = [...new Set(writes.map((w) => w.sheet))].filter(
            (s) => g.byName.get(s)?.protected
          );
          if (locked.length) throw ERRORS.sheetProtected(locked);
          const after = applyToSheetData(g.reads, writes);
          const withData = after.filter((r) => r.data);
          const evaluation = writes.length
            ? evaluate(withData.map((r) => r.data as SheetData))
            : g.evaluation;
          const writable = g.reads.filter((r) => !r.protected).map((r) => r.name);
          const p = plan(g, evaluation, writable);
          if (writes.length || p.unknown.length) {
            // Re-read what we read before, right before writing: an edit in between aborts the write.
            const prints = writes.length
              ? g.reads
                  .filter((r) => r.data)
                  .map((r) => [r, queueFingerprint(ctx, r.name)] as const)
              : [];
            const complete = queueUnknownFills(ctx, p, f);
            await ctx.sync();
            for (const [r, now] of prints)
              if (now() !== r.fingerprint) throw ERRORS.sheetChanged(r.name);
            complete();
          }
          queueCellWrites(ctx, writes, g.byName);
          const marksChange = !isNoop(p, g.marks);
          if (marksChange) queueMarkWrites(ctx, p, f.cellProperties, g.marksSettingExists);
          const snapshot = writes.length ? snapshotOf(writes, g.byName) : null;
          if (snapshot) ctx.workbook.settings.add(UNDO_KEY, JSON.stringify(snapshot));
          if (writes.length || marksChange) await ctx.sync();
          if (snapshot) undoStore.set(snapshot);
          const highlighted = p.paint.length;
          return {
            action: "recompute",
            evaluation,
            written: writes.length,
            highlighted,
            restored: 0,
            summary: SUMMARY.recompute(writes.length, countFindings(evaluation), highlighted),
          };
        })
      ),

    clearMarks: () =>
      act("clear", () =>
        run(async (ctx) => {
          const f = features();
          if (env.isReadOnly()) throw ERRORS.readOnly();
          const setting = ctx.workbook.settings.getItemOrNullObject(MARKS_KEY);
          setting.load("value");
          const sheets = ctx.workbook.worksheets;
          sheets.load("items/name,items/visibility,items/protection/protected");
          await ctx.sync();
          const info = new Map(sheets.items.map((s) => [s.name, s]));
          const snap = setting.isNullObject ? null : parseMarks(setting.value);
          let restored = 0;
          const keptNames: string[] = [];
          if (snap && countMarks(snap) > 0) {
            const kept = emptyMarks();
            for (const [sheet, cells] of Object.entries(snap.sheets)) {
              const ws = info.get(sheet);
              if (!ws) continue; // deleted or renamed: nothing left to restore
              if (ws.protection.protected) {
                kept.sheets[sheet] = cells;
                keptNames.push(sheet);
                continue;
              }
              for (const [cell, fill] of Object.entries(cells)) {
                queueRestoreFill(
                  ctx.workbook.worksheets.getItem(sheet).getRange(cell),
                  fill,
                  f.cellProperties
                );
                restored += 1;
              }
            }
            queueSaveMarks(ctx, kept, true);
            await ctx.sync();
          } else {
            restored = await clearByColour(ctx, f, sheets.items, !setting.isNullObject);
          }
          return {
            action: "clear",
            evaluation: null,
            written: 0,
            highlighted: 0,
            restored,
            summary: SUMMARY.cleared(restored, keptNames),
          };
        })
      ),

    undo: () =>
      act("undo", () =>
        run(async (ctx) => {
          features();
          if (env.isReadOnly()) throw ERRORS.readOnly();
          let snap = undoStore.get();
          const setting = ctx.workbook.settings.getItemOrNullObject(UNDO_KEY);
          setting.load("value");
          if (!snap) {
            await ctx.sync();
            snap = setting.isNullObject ? null : parseUndo(setting.value);
            if (!snap) throw ERRORS.nothingToUndo();
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
          if (locked.length) throw ERRORS.sheetProtected(locked);
          const changed = entries.filter(
            (e, i) =>
              !stillOurs(e, {
                value: cells[i].values[0][0],
                formula: cells[i].formulas[0][0],
                numberFormat: cells[i].numberFormat[0][0],
              })
          );
          if (changed.length)
            throw ERRORS.undoCellsChanged(changed.slice(0, 5).map((e) => `${e.sheet}!${e.cell}`));
          entries.forEach((e) => queueUndoEntry(ctx, e));
          if (!setting.isNullObject) ctx.workbook.settings.getItem(UNDO_KEY).delete();
          await ctx.sync();
          undoStore.set(null);
          return {
            action: "undo",
            evaluation: null,
            written: 0,
            highlighted: 0,
            restored: entries.length,
            summary: SUMMARY.undone(entries.length),
          };
        })
      ),

    select: async (sheet, cell) => {
      try {
        await run(async (ctx) => {
          const ws = ctx.workbook.worksheets.getItem(sheet);
          ws.activate();
          ws.getRange(cell).select();
          await ctx.sync();
        });
      } catch (e) {
        throw toAddinError(e);
      }
    },

    canUndo: () => undoStore.get() !== null,
  };
}

/**
 * 清除标记 without a saved snapshot (settings lost): clear cells painted exactly in our colours.
 * Needs getCellProperties (ExcelApi 1.9); older hosts can only restore from the snapshot.
 */
async function clearByColour(
  ctx: Excel.RequestContext,
  f: Features,
  sheets: Excel.Worksheet[],
  staleSetting: boolean
): Promise<number> {
  if (!f.cellProperties) return 0;
  const scans = sheets
    .filter((s) => s.visibility === "Visible" && !s.protection.protected)
    .map((s) => {
      // Not valuesOnly: a marked blank cell is used only through its fill.
      const used = ctx.workbook.worksheets.getItem(s.name).getUsedRange(false);
      used.load("rowIndex,columnIndex");
      const props = used.getCellProperties({ format: { fill: { color: true, pattern: true } } });
      return { name: s.name, used, props };
    });
  await ctx.sync();
  let cleared = 0;
  for (const s of scans) {
    s.props.value.forEach((line, r) =>
      line.forEach((p, c) => {
        const fill = p.format?.fill;
        if (!fill || !isHighlightColor(fill.color) || (fill.pattern && fill.pattern !== "Solid"))
          return;
        const cell = toA1(s.used.rowIndex + r, s.used.columnIndex + c);
        ctx.workbook.worksheets.getItem(s.name).getRange(cell).format.fill.clear();
        cleared += 1;
      })
    );
  }
  if (staleSetting) ctx.workbook.settings.getItem(MARKS_KEY).delete();
  if (cleared || staleSetting) await ctx.sync();
  return cleared;
}

export type { OrigFill };
