// What every WPS action shares: the host, the core, the per-workbook store, the refusals that come
// first (cell edit mode), and publishing each outcome where the other pages of the add-in see it.
import {
  evaluate as coreEvaluate,
  type EvaluateOptions,
  type Evaluation,
  type SheetData,
} from "../core";
import { refuse, toAddinError } from "../excel/errors";
import type { ActionKind, ActionResult } from "../excel/port";
import { callObj, get, getObj, type Com } from "./com";
import type { WpsHost } from "./host";
import { BookStore, publishError, publishResult, type Origin } from "./storage";

export type Evaluate = (sheets: SheetData[], options?: EvaluateOptions) => Evaluation;

export interface WpsDeps {
  evaluate?: Evaluate;
  /** Which page this port runs in (the pane ignores outcomes it published itself). */
  origin?: Origin;
  /** Publish every outcome to PluginStorage (default true). */
  publish?: boolean;
}

export interface WpsSession {
  host: WpsHost;
  evaluate: Evaluate;
  /** The active workbook, or a refusal when none is open. */
  book(): Com;
  store(book: Com): BookStore;
  readOnly(book: Com): boolean;
  /** A worksheet by name; a renamed or deleted one is "not found", in the pane's words. */
  sheet(book: Com, name: string): Com;
  act(action: ActionKind, body: () => ActionResult): Promise<ActionResult>;
}

export function createWpsSession(host: WpsHost, deps: WpsDeps = {}): WpsSession {
  const origin = deps.origin ?? "pane";
  const publish = deps.publish ?? true;
  const session: WpsSession = {
    host,
    evaluate: deps.evaluate ?? coreEvaluate,
    book: () => {
      const book = get(host.app, "ActiveWorkbook");
      if (!book || typeof book !== "object") throw refuse({ kind: "noSheets" });
      return book as Com;
    },
    store: (book) => new BookStore(host.storage, String(get(book, "FullName"))),
    readOnly: (book) => get(book, "ReadOnly") === true,
    sheet: (book, name) => {
      try {
        return callObj(getObj(book, "Worksheets"), "Item", name);
      } catch {
        throw refuse({ kind: "office", code: "ItemNotFound" });
      }
    },
    act: async (action, body) => {
      try {
        // Application.Ready is false while a cell is being edited; a build without it counts as ready.
        if (get(host.app, "Ready") === false)
          throw refuse({ kind: "office", code: "InvalidOperation" });
        const result = body();
        if (publish) publishResult(host.storage, origin, result);
        return result;
      } catch (e) {
        const err = toAddinError(e);
        if (publish) publishError(host.storage, origin, action, err);
        throw err;
      }
    },
  };
  return session;
}
