// The add-in's main page (index.html, loaded by WPS at start): defines the ribbon callbacks as the
// globals ribbon.xml names, over the real ET Application and wps.PluginStorage.
import { wpsGlobal, wpsHost } from "./host";
import { createWpsPort } from "./port";
import { ribbonCallbacks, type PaneFactory } from "./ribbon-callbacks";

/** The folder this page was loaded from (online: the intranet URL; offline: the unpacked folder). */
function baseUrl(): string {
  const href = String((globalThis as { location?: { href?: string } }).location?.href ?? "");
  return href.replace(/[?#].*$/, "").replace(/[^/]*$/, "");
}

function install(): void {
  const wps = wpsGlobal();
  const host = wpsHost();
  const app = host.app as Partial<PaneFactory>;
  // wps.CreateTaskPane on most builds, Application.CreateTaskPane on others.
  const panes: PaneFactory = {
    CreateTaskPane: (url, title) =>
      wps?.CreateTaskPane ? wps.CreateTaskPane(url, title) : app.CreateTaskPane!(url, title),
    GetTaskPane: (id) => (wps?.GetTaskPane ? wps.GetTaskPane(id) : (app.GetTaskPane?.(id) ?? null)),
  };
  const callbacks = ribbonCallbacks({
    host,
    panes,
    baseUrl: baseUrl(),
    port: createWpsPort(host, { origin: "ribbon" }),
  });
  Object.assign(globalThis, callbacks, { ribbon: callbacks });
}

try {
  install();
} catch (e) {
  // Outside WPS (a browser opening the folder) there is nothing to install; say why in the console.
  console.error("绩效自评助手: not running inside WPS 表格", e);
}
