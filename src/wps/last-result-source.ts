// The pane's view of the last outcome: the ribbon page publishes to wps.PluginStorage (two pages, no
// shared memory), so the pane reads it when it opens and polls it while open; its own outcomes skipped.
import type { LastOutcome, LastResultSource } from "../taskpane/hooks/useEvaluation";
import type { KeyValueStore } from "./host";
import { lastOutcome, type Origin } from "./storage";

export interface Timers {
  setInterval(fn: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
}

/** How often an open pane looks for the ribbon's outcome (one PluginStorage read). */
export const POLL_MS = 1000;

export function storageLastResult(
  store: KeyValueStore,
  timers: Timers,
  self: Origin = "pane"
): LastResultSource {
  const read = (): LastOutcome | null => {
    const o = lastOutcome(store);
    return o && o.origin !== self ? o : null;
  };
  return {
    get: read,
    subscribe: (listener) => {
      let seen = lastOutcome(store)?.at ?? null;
      const handle = timers.setInterval(() => {
        const o = lastOutcome(store);
        if (!o || o.at === seen) return;
        seen = o.at;
        if (o.origin !== self) listener(o);
      }, POLL_MS);
      return () => timers.clearInterval(handle);
    },
  };
}
