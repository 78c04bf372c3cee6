// The pane's state machine: runs the port's actions one at a time, keeps the last result, error and undo state.
import { useCallback, useEffect, useRef, useState } from "react";
import type { EvaluateOptions, Evaluation, LocalizedText } from "../../core";
import type {
  ActionKind,
  ActionResult,
  MarkOptions,
  Refusal,
  Scope,
  UndoMode,
  WorkbookPort,
} from "../../excel/port";
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
  /** The adapter's refusal as data (e.g. which cells an undo cannot restore); null when unexpected. */
  refusal: Refusal | null;
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
  /** Our marks left on the workbook after the last action that knows (the print banner). */
  marked: number;
  /** The sheet changed after the shown result (worksheet onChanged): it may be out of date. */
  stale: boolean;
  /** A line above the verdict about what just happened besides it (撤销 then 重新检查). */
  note: LocalizedText | null;
}

export interface EvaluationView extends PaneState {
  scope: Scope;
  setScope(scope: Scope): void;
  /** `scopeNow` overrides the chosen scope for this one run (the verdict's 检查全部工作表). */
  run(action: ActionKind, undoMode?: UndoMode, scopeNow?: Scope): Promise<void>;
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
    return { code: e.code, text: refusalText(e.refusal), detail, refusal: e.refusal };
  }
  return { code: "UNEXPECTED", text: null, detail, refusal: null };
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
  const marked = result.marked ?? state.marked;
  return {
    ...state,
    busy: null,
    result,
    evaluation,
    canUndo,
    fromRibbon,
    error: null,
    marked,
    stale: false,
    note: null,
  };
}

/** An outcome of the ribbon command (or of another pane) arriving through the store. */
function withOutcome(state: PaneState, outcome: LastOutcome, canUndo: boolean): PaneState {
  if (outcome.kind === "result") return withResult(state, outcome.result, canUndo, true);
  const text = refusalText(outcome.refusal);
  const error = { code: outcome.code, text, detail: text.en, refusal: outcome.refusal };
  return { ...state, busy: null, error, canUndo, fromRibbon: true };
}

/** What the hook passes with every action: the core's options and whether to mark cells. */
export interface RunSettings {
  options?: EvaluateOptions;
  mark?: boolean;
}

function callPort(
  port: WorkbookPort,
  action: ActionKind,
  scope: Scope,
  settings: RunSettings,
  undoMode: UndoMode
): Promise<ActionResult> {
  // The marks flag is passed only when off, so a port call reads as before by default.
  const marks: MarkOptions | undefined = settings.mark === false ? { mark: false } : undefined;
  switch (action) {
    case "check":
      return marks
        ? port.check(scope, settings.options, marks)
        : port.check(scope, settings.options);
    case "recompute":
      return marks
        ? port.recompute(scope, settings.options, marks)
        : port.recompute(scope, settings.options);
    case "clear":
      return port.clearMarks(scope);
    case "undo":
      return undoMode === "all" ? port.undo() : port.undo(undoMode);
  }
}

/** 已撤销 N 个单元格，并已重新检查。 */
function undoneNote(n: number): LocalizedText {
  return {
    zh: `已撤销 ${n} 个单元格，并已重新检查。`,
    en: `Undid ${n} cell(s) and checked again.`,
  };
}

/**
 * Edits reported within this time after our own action are taken for its echo: hosts below ExcelApi
 * 1.14 do not say that a change came from this add-in.
 */
const OWN_ECHO_MS = 1500;

/** `settings.options` (profile, grade bands) reach the core through the port's check and recompute. */
export function useEvaluation(
  port: WorkbookPort,
  lastResult?: LastResultSource,
  settings: RunSettings = {}
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
      marked: 0,
      stale: false,
      note: null,
    };
    const initial = lastResult?.get() ?? null;
    return initial ? withOutcome(empty, initial, port.canUndo()) : empty;
  });
  const inFlight = useRef(false);
  const own = useRef<ActionResult | null>(null);
  const lastOwnEnd = useRef(0);

  useEffect(() => {
    if (!port.watch) return undefined;
    let stop: (() => void) | null = null;
    let live = true;
    void port
      .watch(() => {
        if (inFlight.current || Date.now() - lastOwnEnd.current < OWN_ECHO_MS) return;
        setState((s) => (s.evaluation && !s.stale ? { ...s, stale: true } : s));
      })
      .then((unsubscribe) => {
        if (live) stop = unsubscribe;
        else unsubscribe?.();
      })
      .catch(() => undefined);
    return () => {
      live = false;
      stop?.();
    };
  }, [port]);

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

  const { options, mark } = settings;
  const run = useCallback(
    async (action: ActionKind, undoMode: UndoMode = "all", scopeNow: Scope = scope) => {
      if (inFlight.current) return;
      inFlight.current = true;
      setState((s) => ({ ...s, busy: action, error: null }));
      const runSettings = { options, mark };
      try {
        let result = await callPort(port, action, scopeNow, runSettings, undoMode);
        let note: LocalizedText | null = null;
        if (action === "undo") {
          // The old values are back: check again so the pane (and the marks) describe them.
          const restored = result.restored;
          own.current = result;
          result = await callPort(port, "check", scopeNow, runSettings, "all");
          note = undoneNote(restored);
        }
        own.current = result;
        setState((s) => ({
          ...withResult(s, result, port.canUndo(), false),
          note,
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
        lastOwnEnd.current = Date.now();
      }
    },
    [port, scope, options, mark]
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
