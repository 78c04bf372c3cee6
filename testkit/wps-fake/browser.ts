// The fake WPS host for a browser page (the built add-in's e2e test): a FakeBook sent as JSON becomes
// `window.Application` + `window.wps` (PluginStorage, task panes) before the page's scripts run.
// Only the object model is bundled: the loader (src/files, SheetJS) stays on the Node side.
import { FakeEt } from "./et";
import type { FakeBook, FakeCell, FakeSheet } from "./model";

/** A FakeBook with its cell maps as entry lists, so it survives JSON. */
export interface FakeBookJson extends Omit<FakeBook, "sheets"> {
  sheets: (Omit<FakeSheet, "cells"> & { cells: [string, FakeCell][] })[];
}

export function bookToJson(book: FakeBook): FakeBookJson {
  return { ...book, sheets: book.sheets.map((s) => ({ ...s, cells: [...s.cells] })) };
}

export function bookFromJson(json: FakeBookJson): FakeBook {
  return { ...json, sheets: json.sheets.map((s) => ({ ...s, cells: new Map(s.cells) })) };
}

interface Pane {
  ID: string;
  url: string;
  title: string;
  Visible: boolean;
  DockPosition: number;
}

/** Installs the globals a WPS add-in page finds; returns the book and the fake for the test to inspect. */
export function installFakeWps(json: FakeBookJson | null): { book: FakeBook | null; et: FakeEt } {
  const book = json ? bookFromJson(json) : null;
  const et = new FakeEt(book);
  const items = new Map<string, string>();
  const panes: Pane[] = [];
  Object.assign(globalThis, {
    Application: et.Application,
    wps: {
      PluginStorage: {
        getItem: (k: string) => items.get(k) ?? null,
        setItem: (k: string, v: string) => void items.set(k, String(v)),
      },
      EtApplication: () => et.Application,
      CreateTaskPane: (url: string, title = "") => {
        const pane = {
          ID: `pane-${panes.length + 1}`,
          url,
          title,
          Visible: false,
          DockPosition: 0,
        };
        panes.push(pane);
        return pane;
      },
      GetTaskPane: (id: string) => panes.find((p) => p.ID === id) ?? null,
    },
    __fakePanes: panes,
  });
  return { book, et };
}
