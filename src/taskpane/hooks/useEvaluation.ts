// The pane's state machine: runs the port's actions one at a time, keeps the last result, error and undo state.
import { useCallback, useEffect, useRef, useState } from "react";
import type { EvaluateOptions, Evaluation, LocalizedText } from "../../core";
import type { ActionKind, ActionResult, Refusal, Scope, WorkbookPort } from "../../excel/port";
import { refusalText } from "../status";

export type { ActionKind };

// Callback shapes for the components' props.
export type RunAction = (action: ActionKind) => void;
export type ChangeScope = (scope: Scope) => void;
export type SelectCell = (sheet: string, cell: string) => void;

/** What the shared-runtime store holds: the last action's result, or the error it ended with. */
export type LastOutcome =
  { kind: "result"; result: ActionResult } | { kind: "error"; code: string; refusal: Refusal };

/** The shared-runtime store of the last outcome, so the pane can show what the ribbon button did. */
export interface LastResultSource {
  get(): LastOutcome | null;
  subscribe(listener: (outcome: LastOutcome | null) => void): () => void;
}

/** An error to show: the pane's words for the adapter's refusal, or the raw message of something unexpected. */
export interface PaneError {
  code: string;
  text: LocalizedText | null;
  detail: string;
}

/** What the pane shows between actions. */
export interface PaneState {
  busy: ActionKind | null;
  result: ActionResult | null;
  evaluation: Evaluation | null;
  error: PaneError | null;
  canUndo: boolean;
  /** The shown result came from the ribbon command (or another pane), not from this pane's buttons. */
  fromRibbon: boolean;
  /** How many of this pane's actions have finished, successfully or not (lets tests wait for one). */
  finished: number;
}

export interface EvaluationView extends PaneState {
  scope: Scope;
  setScope(scope: Scope): void;
  run(action: ActionKind): Promise<void>;
  select(sheet: string, cell: string): Promise<void>;
  dismissError(): void;
}

function isRefusal(value: unknown): value is Refusal {
  const v = value as Partial<Refusal> | null;
  return typeof v === "object" && v !== null && typeof v.kind === "string";
}

/** Duck-typed on `code` + `refusal` so an AddinError from another bundle copy is still recognised. */
function toPaneError(error: unknown): PaneError {
  const e = error as { code?: unknown; refusal?: unknown; message?: unknown } | null;
  const detail = e && typeof e.message === "string" ? e.message : String(error);
  if (e && typeof e.code === "string" && isRefusal(e.refusal)) {
    return { code: e.code, text: refusalText(e.refusal), detail };
  }
  return { code: "UNEXPECTED", text: null, detail };
}

function withResult(
  state: PaneState,
  result: ActionResult,
  canUndo: boolean,
  fromRibbon: boolean
): PaneState {
  // 清除标记 changes fills only, so the findings on screen stay true; after any other action
  // without an evaluation (撤销) the old findings describe values that are gone.
  const evaluation = result.evaluation ?? (result.action === "clear" ? state.evaluation : null);
  return { ...state, busy: null, result, evaluation, canUndo, fromRibbon, error: null };
}

/** An outcome of the ribbon command (or of another pane) arriving through the store. */
function withOutcome(state: PaneState, outcome: LastOutcome, canUndo: boolean): PaneState {
  if (outcome.kind === "result") return withResult(state, outcome.result, canUndo, true);
  const text = refusalText(outcome.refusal);
  const error = { code: outcome.code, text, detail: text.en };
  return { ...state, busy: null, error, canUndo, fromRibbon: true };
}

function callPort(
  port: WorkbookPort,
  action: ActionKind,
  scope: Scope,
  options: EvaluateOptions | undefined
): Promise<ActionResult> {
  switch (action) {
    case "check":
      return port.check(scope, options);
    case "recompute":
      return port.recompute(scope, options);
    case "clear":
      return port.clearMarks();
    case "undo":
      return port.undo();
  }
}

/** `options` (profile, grade bands) reach the core through the port's check and recompute. */
export function useEvaluation(
  port: WorkbookPort,
  lastResult?: LastResultSource,
  options?: EvaluateOptions
): EvaluationView {
  const [scope, setScope] = useState<Scope>("sheet");
  const [state, setState] = useState<PaneState>(() => {
    const empty: PaneState = {
      busy: null,
      result: null,
      evaluation: null,
      error: null,
      canUndo: port.canUndo(),
      fromRibbon: false,
      finished: 0,
    };
    const initial = lastResult?.get() ?? null;
    return initial ? withOutcome(empty, initial, port.canUndo()) : empty;
  });
  const inFlight = useRef(false);
  const own = useRef<ActionResult | null>(null);

  useEffect(() => {
    if (!lastResult) return undefined;
    return lastResult.subscribe((outcome) => {
      // The adapter also publishes this pane's own outcomes; those arrive while in flight or carry
      // the very object the port returned.
      if (outcome === null || inFlight.current) return;
      if (outcome.kind === "result" && outcome.result === own.current) return;
      setState((s) => withOutcome(s, outcome, port.canUndo()));
    });
  }, [port, lastResult]);

  const run = useCallback(
    async (action: ActionKind) => {
      if (inFlight.current) return;
      inFlight.current = true;
      setState((s) => ({ ...s, busy: action, error: null }));
      try {
        const result = await callPort(port, action, scope, options);
        own.current = result;
        setState((s) => ({
          ...withResult(s, result, port.canUndo(), false),
          finished: s.finished + 1,
        }));
      } catch (error) {
        setState((s) => ({
          ...s,
          busy: null,
          error: toPaneError(error),
          canUndo: port.canUndo(),
          finished: s.finished + 1,
        }));
      } finally {
        inFlight.current = false;
      }
    },
    [port, scope, options]
  );

  const select = useCallback(
    async (sheet: string, cell: string) => {
      try {
        await port.select(sheet, cell);
      } catch (error) {
        setState((s) => ({ ...s, error: toPaneError(error) }));
      }
    },
    [port]
  );

  const dismissError = useCallback(() => setState((s) => ({ ...s, error: null })), []);

  return { ...state, scope, setScope, run, select, dismissError };
}
