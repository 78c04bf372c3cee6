// What the add-in keeps between its pages and actions, in wps.PluginStorage: per workbook the saved
// original fills (marks), the undo snapshot and the pane's settings; and the last action's outcome.
// PluginStorage lives as long as WPS runs, so marks and undo survive closing the pane, not closing WPS
// (the Excel adapter keeps them in the workbook's settings; ET has no per-add-in document settings).
import { parseMarks, type MarksSnapshot } from "../excel/highlight-store";
import type { LastOutcome } from "../excel/last-result";
import type { ActionKind, ActionResult, AddinError } from "../excel/port";
import { parseUndo, type UndoSnapshot, type UndoStore } from "../excel/undo-snapshot";
import type { KeyValueStore } from "./host";

const MARKS = "jxzp.marks.v1";
const UNDO = "jxzp.undo.v1";
const SETTINGS = "jxzp.pane.v1";
const LAST = "jxzp.last.v1";

/** Who published an outcome: the ribbon page or a pane page (a pane ignores what it published itself). */
export type Origin = "ribbon" | "pane";

export type StoredOutcome = LastOutcome & { origin: Origin };

function readJson(store: KeyValueStore, key: string): unknown {
  const raw = store.getItem(key);
  if (!raw) return null;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return null;
  }
}

/** The keys of one workbook (by its full path: two open files never share marks or an undo). */
export class BookStore {
  constructor(
    private readonly store: KeyValueStore,
    private readonly book: string
  ) {}

  private key(name: string): string {
    return `${name}|${this.book}`;
  }

  marks(): MarksSnapshot | null {
    return parseMarks(this.store.getItem(this.key(MARKS)) || null);
  }

  saveMarks(m: MarksSnapshot): void {
    const empty = Object.keys(m.sheets).length === 0;
    this.store.setItem(this.key(MARKS), empty ? "" : JSON.stringify(m));
  }

  undo(): UndoStore {
    return {
      get: (): UndoSnapshot | null => parseUndo(this.store.getItem(this.key(UNDO)) || null),
      set: (s) => this.store.setItem(this.key(UNDO), s ? JSON.stringify(s) : ""),
    };
  }

  settings(): unknown {
    return readJson(this.store, this.key(SETTINGS));
  }

  saveSettings(value: unknown): void {
    this.store.setItem(this.key(SETTINGS), JSON.stringify(value));
  }
}

export function publishResult(store: KeyValueStore, origin: Origin, result: ActionResult): void {
  const o: StoredOutcome = { kind: "result", result, at: Date.now(), origin };
  store.setItem(LAST, JSON.stringify(o));
}

export function publishError(
  store: KeyValueStore,
  origin: Origin,
  action: ActionKind,
  e: AddinError
): void {
  const o: StoredOutcome = {
    kind: "error",
    action,
    code: e.code,
    refusal: e.refusal,
    at: Date.now(),
    origin,
  };
  store.setItem(LAST, JSON.stringify(o));
}

/** The last outcome any page published, or null (absent or unreadable). */
export function lastOutcome(store: KeyValueStore): StoredOutcome | null {
  const o = readJson(store, LAST) as Partial<StoredOutcome> | null;
  return o && (o.kind === "result" || o.kind === "error") ? (o as StoredOutcome) : null;
}
