// A scripted WorkbookPort and last-result store for the pane's jsdom tests.
import type { EvaluateOptions, Evaluation, Finding, FormReport } from "../../src/core";
import {
  AddinError,
  type ActionKind,
  type ActionResult,
  type MarkOptions,
  type Refusal,
  type Scope,
  type UndoMode,
  type WorkbookPort,
} from "../../src/excel/port";
import { tally } from "../../src/core";
import type { LastOutcome, LastResultSource } from "../../src/taskpane/hooks/useEvaluation";

export function finding(partial: Partial<Finding> & Pick<Finding, "code" | "cell">): Finding {
  return {
    severity: "error",
    sheet: "Sheet1",
    message: { zh: `中文 ${partial.code}`, en: `English ${partial.code}` },
    ...partial,
  };
}

export function form(overrides: Partial<FormReport> = {}): FormReport {
  return {
    sheet: "Sheet1",
    range: "A1:J38",
    project: "安可替代工程经费",
    profile: "shanxi",
    year: 2022,
    budget: {
      cell: "I8",
      planned: "50.06",
      executed: "44.83",
      rate: "0.895525",
      weight: "10",
      entered: "9",
      computed: "8.96",
    },
    indicators: [
      {
        cell: "I25",
        level1: "产出指标",
        level2: "数量指标",
        name: "数据平台",
        target: "10个",
        actual: "10个",
        weight: "15",
        method: "ge",
        entered: "15",
        computed: "15",
      },
      {
        cell: "I26",
        level1: "效益指标",
        level2: "社会效益指标",
        name: "群众满意度",
        target: "≥90%",
        actual: "85%",
        weight: "10",
        method: "judgment",
        entered: "10",
        computed: null,
      },
    ],
    total: { cell: "I40", entered: "99", computed: "98.96" },
    grade: { cell: "J40", entered: "优", computed: "优" },
    computedGrade: "优",
    findings: [
      finding({ code: "FUND_SCORE", cell: "I8", expected: "8.96", actual: "9" }),
      finding({ code: "TOTAL_MISMATCH", cell: "I40" }),
      finding({ code: "IND_DEVIATION_MISSING", cell: "J26", severity: "warning" }),
      finding({ code: "WEIGHT_SPLIT", cell: "A20", severity: "info" }),
    ],
    ...overrides,
  };
}

export function evaluation(
  forms: FormReport[] = [form()],
  sheetFindings: Finding[] = []
): Evaluation {
  return { forms, sheetFindings, writes: [], highlights: [] };
}

/** A result as the adapter returns it (data only; the pane words it): counts follow `ev`. */
export function result(
  action: ActionKind,
  ev: Evaluation | null,
  data: Partial<Omit<ActionResult, "action" | "evaluation">> = {}
): ActionResult {
  return {
    action,
    evaluation: ev,
    counts: ev ? tally(ev) : null,
    written: 0,
    highlighted: 0,
    restored: 0,
    unmarked: null,
    changes: [],
    marked: null,
    ...data,
  };
}

type Call = [string, ...unknown[]];

/** Answers each action with a prepared result (or error); records every call in order. */
export class FakePort implements WorkbookPort {
  calls: Call[] = [];
  undoable = false;
  next: Partial<Record<ActionKind, ActionResult | Error>> = {};
  selectError: Error | null = null;
  /** When set, actions wait for this promise before answering (to observe the busy state). */
  gate: Promise<void> | null = null;

  /** What loadSettings answers; saveSettings records into `saved`. */
  settings: unknown = null;
  saved: unknown[] = [];
  /** The listener the pane registered through watch (call it to simulate an edit). */
  changed: (() => void) | null = null;

  private async answer(action: ActionKind, ...args: unknown[]): Promise<ActionResult> {
    // Trailing undefined arguments are not recorded, so calls without options read as before.
    while (args.length && args[args.length - 1] === undefined) args.pop();
    this.calls.push([action, ...args]);
    if (this.gate) await this.gate;
    const prepared = this.next[action] ?? result(action, evaluation());
    if (prepared instanceof Error) throw prepared;
    if (action === "recompute") this.undoable = true;
    if (action === "undo") this.undoable = false;
    return prepared;
  }

  check(scope: Scope, options?: EvaluateOptions, marks?: MarkOptions) {
    return this.answer("check", scope, options, marks);
  }
  recompute(scope: Scope, options?: EvaluateOptions, marks?: MarkOptions) {
    return this.answer("recompute", scope, options, marks);
  }
  clearMarks(scope?: Scope) {
    return this.answer("clear", scope);
  }
  undo(mode?: UndoMode) {
    return this.answer("undo", mode);
  }
  async watch(onChange: () => void) {
    this.changed = onChange;
    return () => {
      this.changed = null;
    };
  }
  async loadSettings() {
    return this.settings;
  }
  async saveSettings(value: unknown) {
    this.saved.push(value);
  }
  async select(sheet: string, cell: string) {
    this.calls.push(["select", sheet, cell]);
    if (this.selectError) throw this.selectError;
  }
  canUndo() {
    return this.undoable;
  }
}

/** The shared-runtime store as the ribbon command sees it. */
export class FakeStore implements LastResultSource {
  private value: LastOutcome | null = null;
  private listeners = new Set<(o: LastOutcome | null) => void>();
  get() {
    return this.value;
  }
  set(result: ActionResult) {
    this.publish({ kind: "result", result });
  }
  fail(refusal: Refusal) {
    this.publish({ kind: "error", code: new AddinError(refusal).code, refusal });
  }
  publish(value: LastOutcome | null) {
    this.value = value;
    this.listeners.forEach((l) => l(value));
  }
  subscribe(listener: (o: LastOutcome | null) => void) {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }
}
