// What the adapter needs from WPS: the ET Application and wps.PluginStorage, found lazily on the page's globals.
import type { Com } from "./com";

/** wps.PluginStorage: a string store every page of the add-in shares (the ribbon page and the pane). */
export interface KeyValueStore {
  getItem(key: string): string | null | undefined;
  setItem(key: string, value: string): void;
}

export interface WpsHost {
  app: Com;
  storage: KeyValueStore;
}

interface WpsGlobal {
  EtApplication?: () => Com;
  PluginStorage?: KeyValueStore;
  CreateTaskPane?: (url: string, title?: string) => TaskPane;
  GetTaskPane?: (id: string) => TaskPane | null;
}

export interface TaskPane {
  ID: string;
  Visible: boolean;
  DockPosition?: number;
}

function globals(): { wps?: WpsGlobal; Application?: Com } {
  return globalThis as { wps?: WpsGlobal; Application?: Com };
}

/** The `wps` global (absent outside WPS). */
export function wpsGlobal(): WpsGlobal | undefined {
  return globals().wps;
}

/** Application of an ET add-in page: `window.Application`, or `wps.EtApplication()` on older builds. */
export function wpsHost(): WpsHost {
  const g = globals();
  const app = g.Application ?? g.wps?.EtApplication?.();
  const storage = g.wps?.PluginStorage;
  if (!app || !storage)
    throw new Error("WPS: not running inside WPS 表格 (no Application / PluginStorage)");
  return { app, storage };
}
