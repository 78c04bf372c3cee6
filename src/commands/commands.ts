// The ribbon's 一键重算 (ExecuteFunction "recompute"), registered synchronously when the bundle loads.
import { recomputeActiveSheet } from "../excel/ribbon";

/** The adapter's ribbon entry: recomputes the active sheet and publishes the outcome to the store. */
export type RibbonEntry = () => Promise<{ kind: string } | null>;

/**
 * Runs the ribbon entry and always releases the button (Office keeps it busy until
 * `event.completed()`). Excel has no notification API for commands, so a success only lands in the
 * shared store (the pane shows it when opened); a failure opens the pane, which shows the error.
 */
export async function onRecompute(
  event: Office.AddinCommands.Event,
  run: RibbonEntry = () => recomputeActiveSheet()
): Promise<void> {
  try {
    const outcome = await run();
    if (outcome?.kind === "error") await showPane();
  } catch (error) {
    // The entry publishes its own failures; reaching here means it broke before it could.
    console.error("jxzp: ribbon recompute failed", error);
    await showPane();
  } finally {
    event.completed();
  }
}

async function showPane(): Promise<void> {
  try {
    await Office.addin.showAsTaskpane();
  } catch {
    // Without SharedRuntime 1.1 the pane cannot be opened from code; the stored outcome remains.
  }
}

// Top level, not inside Office.onReady: on a cold shared runtime the first click is lost otherwise
// (OfficeDev/office-js#5176). Guarded so the page still loads where Office has no actions API.
if (typeof Office !== "undefined" && Office.actions) {
  Office.actions.associate("recompute", onRecompute);
}
