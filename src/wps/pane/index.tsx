// The WPS task pane page: the same App as in Excel, on the WPS port, fed the ribbon's outcomes through PluginStorage.
import { createRoot } from "react-dom/client";
import { App } from "../../taskpane/components/App";
import { wpsHost } from "../host";
import { storageLastResult } from "../last-result-source";
import { createWpsPort } from "../port";

function start(): void {
  const container = document.getElementById("container");
  // Set by taskpane.html's inline script under Trident (older Windows WPS), where React cannot run.
  const unsupported = (window as { __jxzpUnsupported?: boolean }).__jxzpUnsupported;
  if (!container || unsupported) return;
  const host = wpsHost();
  createRoot(container).render(
    <App
      port={createWpsPort(host, { origin: "pane" })}
      lastResult={storageLastResult(host.storage, window)}
      initialLang="zh"
    />
  );
}

start();
