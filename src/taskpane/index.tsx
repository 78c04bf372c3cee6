// The pane's entry: registers the ribbon command, waits for Office, then renders the App with the real port.
import "../commands/commands";
import { createRoot } from "react-dom/client";
import { getLastOutcome, subscribeLastOutcome } from "../excel/last-result";
import { excelPort } from "../excel/ribbon";
import { App } from "./components/App";
import type { LastResultSource } from "./hooks/useEvaluation";
import { langFromDisplayLanguage } from "./i18n";
import { themeFor } from "./theme";

const lastResult: LastResultSource = { get: getLastOutcome, subscribe: subscribeLastOutcome };

void Office.onReady(() => {
  const container = document.getElementById("container");
  // Set by taskpane.html's inline script under Trident/EdgeHTML, where React cannot run.
  const unsupported = (window as { __jxzpUnsupported?: boolean }).__jxzpUnsupported;
  if (!container || unsupported) return;
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
});
