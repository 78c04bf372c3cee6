// The pane's entry: registers the ribbon command, waits for Office, then renders the App with the real port.
import "../commands/commands";
import { createRoot } from "react-dom/client";
import {
  getLastOutcome,
  setLastError,
  setLastResult,
  subscribeLastOutcome,
} from "../excel/last-result";
import { AddinError } from "../excel/port";
import { detectFeatures, officeEnv } from "../excel/requirements";
import { excelPort } from "../excel/ribbon";
import { takeRibbonOutcome } from "../excel/ribbon-outcome";
import type { RunExcel } from "../excel/session";
import { sessionUndoStore } from "../excel/undo-snapshot";
import { App } from "./components/App";
import type { LastResultSource } from "./hooks/useEvaluation";
import { langFromDisplayLanguage } from "./i18n";
import { themeFor } from "./theme";

const lastResult: LastResultSource = { get: getLastOutcome, subscribe: subscribeLastOutcome };

/** Shows the page's static "which Excel versions work" message instead of the app. */
function showUnsupported(container: HTMLElement): void {
  const message = document.getElementById("unsupported");
  if (message) message.style.display = "block";
  container.style.display = "none";
}

/**
 * Without a shared runtime the ribbon's 一键重算 ran in a runtime of its own and left its outcome in
 * the workbook: publish it here, as the shared store would have.
 */
async function adoptRibbonOutcome(): Promise<void> {
  const outcome = await takeRibbonOutcome(Excel.run as RunExcel, sessionUndoStore);
  if (outcome?.kind === "result") setLastResult(outcome.result);
  else if (outcome?.kind === "error") setLastError(outcome.action, new AddinError(outcome.refusal));
}

void Office.onReady(() => {
  const container = document.getElementById("container");
  // Set by taskpane.html's inline script under Trident/EdgeHTML, where React cannot run.
  const unsupported = (window as { __jxzpUnsupported?: boolean }).__jxzpUnsupported;
  if (!container || unsupported) return;
  const features = detectFeatures(officeEnv());
  // Below the floor no action could run: say which versions work instead of showing dead buttons.
  if (!features.basics) {
    showUnsupported(container);
    return;
  }
  const context = Office.context;
  // The same port instance as the ribbon command's, so 撤销 can undo the button's recompute.
  createRoot(container).render(
    <App
      port={excelPort()}
      lastResult={lastResult}
      initialLang={langFromDisplayLanguage(context?.displayLanguage)}
      theme={themeFor(context?.officeTheme?.bodyBackgroundColor)}
    />
  );
  if (!features.sharedRuntime) void adoptRibbonOutcome();
});
