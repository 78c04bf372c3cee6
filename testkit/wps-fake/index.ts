// The fake WPS host: the ET Application plus what the `wps` global adds (PluginStorage, task panes).
import { FakeEt, type FakeOptions } from "./et";
import type { FakeBook } from "./model";

export { CallCounter, ComError, FakeEt, usedRect, type AccessMode, type FakeOptions } from "./et";
export { fakeBookFromBytes, fakeBookFromSpec } from "./load";
export * from "./model";

/** wps.PluginStorage: one string store shared by every page of the add-in (ribbon page and pane). */
export class FakePluginStorage {
  readonly items = new Map<string, string>();
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, String(value));
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
}

export interface FakeTaskPane {
  ID: string;
  url: string;
  title: string;
  Visible: boolean;
  DockPosition: number;
}

/** The `wps` global of a WPS JS add-in page, over one fake ET. */
export interface FakeWps {
  et: FakeEt;
  PluginStorage: FakePluginStorage;
  panes: FakeTaskPane[];
  EtApplication(): Record<string, unknown>;
  CreateTaskPane(url: string, title?: string): FakeTaskPane;
  GetTaskPane(id: string): FakeTaskPane | null;
}

export function fakeWps(book: FakeBook | null, options: FakeOptions = {}): FakeWps {
  const et = new FakeEt(book, options);
  const panes: FakeTaskPane[] = [];
  return {
    et,
    PluginStorage: new FakePluginStorage(),
    panes,
    EtApplication: () => et.Application,
    CreateTaskPane: (url, title = "") => {
      const pane = { ID: `pane-${panes.length + 1}`, url, title, Visible: false, DockPosition: 0 };
      panes.push(pane);
      return pane;
    },
    GetTaskPane: (id) => panes.find((p) => p.ID === id) ?? null,
  };
}
