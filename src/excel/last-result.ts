// The last action's outcome, shared by the ribbon command and the task pane (module-level, not React state).
import type { ActionKind, ActionResult, AddinError, Refusal } from "./port";

/** Data only, like the port's results: the pane words a stored refusal as it words a thrown one. */
export type LastOutcome =
  | { kind: "result"; result: ActionResult; at: number }
  | { kind: "error"; action: ActionKind; code: string; refusal: Refusal; at: number };

type Listener = (outcome: LastOutcome | null) => void;

let last: LastOutcome | null = null;
const listeners = new Set<Listener>();

export function getLastOutcome(): LastOutcome | null {
  return last;
}

export function setLastResult(result: ActionResult): void {
  publish({ kind: "result", result, at: Date.now() });
}

export function setLastError(action: ActionKind, error: AddinError): void {
  publish({ kind: "error", action, code: error.code, refusal: error.refusal, at: Date.now() });
}

export function clearLastOutcome(): void {
  publish(null);
}

/** Calls `fn` on every change; returns the unsubscribe function. */
export function subscribeLastOutcome(fn: Listener): () => void {
  listeners.add(fn);
  return () => {
    listeners.delete(fn);
  };
}

function publish(outcome: LastOutcome | null): void {
  last = outcome;
  for (const fn of [...listeners]) fn(outcome);
}
