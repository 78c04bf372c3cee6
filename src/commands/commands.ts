// The ribbon's 一键重算 (ExecuteFunction "recompute"), registered synchronously when the bundle loads.
import { recomputeActiveSheet } from "../excel/ribbon";
import type { LastOutcome } from "../excel/last-result";
import { refusalText } from "../taskpane/status";

/** The adapter's ribbon entry: recomputes the active sheet and publishes the outcome to the store. */
export type RibbonEntry = () => Promise<LastOutcome | { kind: string } | null>;

/**
 * Runs the ribbon entry and always releases the button (Office keeps it busy until
 * `event.completed()`). Excel has no notification API for commands, so a success only lands in the
 * shared store (the pane shows it when opened); a failure opens the pane, which shows the error.
 * Without a shared runtime Office cannot open the pane from here: the failure is shown in a small
 * dialog instead (and kept in the workbook for the pane).
 */
export async function onRecompute(
  event: Office.AddinCommands.Event,
  run: RibbonEntry = () => recomputeActiveSheet()
): Promise<void> {
  try {
    const outcome = await run();
    if (outcome?.kind === "error") await showFailure(outcome as LastOutcome);
  } catch (error) {
    // The entry publishes its own failures; reaching here means it broke before it could.
    console.error("jxzp: ribbon recompute failed", error);
    await showFailure(null);
  } finally {
    event.completed();
  }
}

function sharedRuntime(): boolean {
  return Office.context?.requirements?.isSetSupported?.("SharedRuntime", "1.1") ?? false;
}

async function showFailure(outcome: LastOutcome | null): Promise<void> {
  if (sharedRuntime()) {
    try {
      await Office.addin.showAsTaskpane();
      return;
    } catch {
      // Fall through to the dialog.
    }
  }
  showDialog(outcome);
}

const FALLBACK = {
  zh: "一键重算未能完成，未写入任何内容。请点击“打开助手”查看原因。",
  en: "Recompute did not complete; nothing was written. Click Open assistant to see why.",
};

/** support.html shows the words passed in its hash (as text, never as markup). */
function showDialog(outcome: LastOutcome | null): void {
  const words = outcome?.kind === "error" ? refusalText(outcome.refusal) : FALLBACK;
  try {
    // The function file is taskpane.html: support.html sits beside it.
    const page = new URL("support.html", window.location.href);
    page.hash = `ribbon=${encodeURIComponent(JSON.stringify(words))}`;
    Office.context.ui.displayDialogAsync(page.toString(), { height: 30, width: 30 });
  } catch {
    // No dialog API either: the outcome stays in the workbook for the pane.
  }
}

// Top level, not inside Office.onReady: on a cold shared runtime the first click is lost otherwise
// (OfficeDev/office-js#5176). Guarded so the page still loads where Office has no actions API.
if (typeof Office !== "undefined" && Office.actions) {
  Office.actions.associate("recompute", onRecompute);
}
