// Without a shared runtime the ribbon's 一键重算 runs in a runtime of its own: its outcome cannot reach
// the pane through memory, so it is kept in the workbook (settings `jxzp.ribbon.v1`) and the pane,
// when opened, shows it as it shows a shared-runtime outcome, and can undo it (the undo snapshot is
// in the workbook too).
/* eslint-disable office-addins/call-sync-before-read, office-addins/call-sync-after-load -- reads follow the sync inside the batch; the emulator enforces PropertyNotLoaded */
import type { LastOutcome } from "./last-result";
import type { RunExcel } from "./session";
import { parseUndo, UNDO_KEY, type UndoStore } from "./undo-snapshot";

export const RIBBON_KEY = "jxzp.ribbon.v1";

interface Stored {
  v: 1;
  outcome: LastOutcome;
}

/** The outcome without the evaluation (findings of every form: too large for a setting, and stale). */
function storable(outcome: LastOutcome): LastOutcome {
  return outcome.kind === "result"
    ? { ...outcome, result: { ...outcome.result, evaluation: null } }
    : outcome;
}

/** Keeps the ribbon's outcome in the workbook; never throws (a read-only file keeps nothing). */
export async function saveRibbonOutcome(run: RunExcel, outcome: LastOutcome): Promise<void> {
  try {
    await run(async (ctx) => {
      const value: Stored = { v: 1, outcome: storable(outcome) };
      ctx.workbook.settings.add(RIBBON_KEY, JSON.stringify(value));
      await ctx.sync();
    });
  } catch {
    // The cells were written (or refused) all the same; the pane then shows no ribbon outcome.
  }
}

function parseStored(value: unknown): LastOutcome | null {
  try {
    const s = (typeof value === "string" ? JSON.parse(value) : value) as Partial<Stored>;
    const o = s?.outcome;
    return s?.v === 1 && o && (o.kind === "result" || o.kind === "error") ? o : null;
  } catch {
    return null;
  }
}

/**
 * The ribbon's last outcome kept in the workbook, taken out of it (shown once), and the undo
 * snapshot it left put into `undoStore`, so the pane's 撤销 is enabled for it. Null when none.
 */
export async function takeRibbonOutcome(
  run: RunExcel,
  undoStore: UndoStore
): Promise<LastOutcome | null> {
  try {
    return await run(async (ctx) => {
      const item = ctx.workbook.settings.getItemOrNullObject(RIBBON_KEY);
      item.load("value");
      const undo = ctx.workbook.settings.getItemOrNullObject(UNDO_KEY);
      undo.load("value");
      await ctx.sync();
      if (item.isNullObject) return null;
      const outcome = parseStored(item.value);
      if (!undo.isNullObject) undoStore.set(parseUndo(undo.value));
      try {
        ctx.workbook.settings.getItem(RIBBON_KEY).delete();
        await ctx.sync();
      } catch {
        // A read-only workbook keeps the record: it is shown again next time, which is harmless.
      }
      return outcome;
    });
  } catch {
    return null;
  }
}
