// The capabilities the task pane and the ribbon command get from the Excel adapter; UI tests pass a fake.
// The adapter returns data only (kinds, counts, cells); the pane words it (src/taskpane/status.ts).
import type { ComputedRole, Evaluation, EvaluateOptions } from "../core";
import type { MissingFeature } from "./requirements";

export type { MissingFeature } from "./requirements";

/** 本表 (the active sheet) or 全部工作表 (every visible worksheet). */
export type Scope = "sheet" | "workbook";

export type ActionKind = "check" | "recompute" | "clear" | "undo";

/** How many forms an evaluation found, and its findings by severity. */
export interface FindingCounts {
  forms: number;
  errors: number;
  warnings: number;
  infos: number;
}

/**
 * Why marks were not painted (check: the whole read-only workbook, or these protected sheets) or were
 * kept (clear: marks on these protected sheets stay).
 */
export type Unmarked = { why: "readOnly" } | { why: "protected"; sheets: string[] };

/** One cell a recompute wrote: what it held and what it holds now (as the cell shows them). */
export interface CellChange {
  sheet: string;
  cell: string;
  role: ComputedRole;
  /** The value before (`""` for an empty cell; a formula's text when it held one). */
  before: string;
  after: string;
}

export interface ActionResult {
  action: ActionKind;
  evaluation: Evaluation | null;
  /** The counts of `evaluation` (null without one: clear, undo). */
  counts: FindingCounts | null;
  /** Cells whose value/format was written by this action. */
  written: number;
  /** Cells given a highlight fill by this action. */
  highlighted: number;
  /** Cells whose fill or value was restored (清除标记 / 撤销). */
  restored: number;
  unmarked: Unmarked | null;
  /** 重新计算并写入: every cell written, in write order (empty for other actions). */
  changes: CellChange[];
  /**
   * Cells still carrying our marks anywhere in the workbook after the action (what the pane's
   * "clear before printing" banner counts); null when the action did not learn it (撤销).
   */
  marked: number | null;
}

/** How 检查 / 重新计算 treat marks: `mark: false` leaves every fill as it is. */
export interface MarkOptions {
  mark?: boolean;
}

/** 撤销 everything, or (after a refusal listing changed cells) only the cells nobody changed since. */
export type UndoMode = "all" | "unchanged";

/** The Office error codes the pane has its own words for; any other code is "unexpected". */
export const OFFICE_ERROR_CODES = [
  "AccessDenied",
  "InvalidSelection",
  "InvalidObjectPath",
  "ItemNotFound",
  "GeneralException",
  "InvalidArgument",
  "InvalidOperation",
  "ApiNotFound",
  "RequestPayloadSizeLimitExceeded",
  "ResponsePayloadSizeLimitExceeded",
] as const;
export type OfficeErrorCode = (typeof OFFICE_ERROR_CODES)[number];

/** Why an action refused or failed, as data: the kind plus the sheets / cells / sizes it concerns. */
export type Refusal =
  | { kind: "sheetProtected"; sheets: string[] }
  | { kind: "readOnly" }
  | { kind: "emptySheet"; sheet: string }
  | { kind: "noSheets" }
  | { kind: "sheetTooLarge"; sheet: string; cells: number | null }
  | { kind: "apiUnsupported"; version: string }
  | { kind: "sheetChanged"; sheet: string }
  | { kind: "nothingToUndo" }
  /** `cells`: every changed cell; `restorable`: how many of the rest 撤销 "unchanged" would restore. */
  | { kind: "undoCellsChanged"; cells: string[]; restorable: number }
  | { kind: "office"; code: OfficeErrorCode }
  | { kind: "unexpected"; code: string; detail: string };

/** The stable code of each refusal kind (what the last-result store and tests match on). */
const CODES: Record<Exclude<Refusal["kind"], "office" | "unexpected">, string> = {
  sheetProtected: "SHEET_PROTECTED",
  readOnly: "READ_ONLY",
  emptySheet: "EMPTY_SHEET",
  noSheets: "NO_SHEETS",
  sheetTooLarge: "SHEET_TOO_LARGE",
  apiUnsupported: "API_UNSUPPORTED",
  sheetChanged: "SHEET_CHANGED",
  nothingToUndo: "NOTHING_TO_UNDO",
  undoCellsChanged: "UNDO_CELLS_CHANGED",
};

function codeOf(r: Refusal): string {
  return r.kind === "office" || r.kind === "unexpected" ? r.code : CODES[r.kind];
}

/** A failure the user must read (protected sheet, empty sheet, unsupported API, ...). */
export class AddinError extends Error {
  readonly code: string;

  constructor(readonly refusal: Refusal) {
    // A developer's message for logs; the user reads the pane's wording of `refusal`.
    super(`${codeOf(refusal)} ${JSON.stringify(refusal)}`);
    this.code = codeOf(refusal);
    this.name = "AddinError";
  }
}

export interface WorkbookPort {
  /** `options` (profile, grade bands) go to the core's `evaluate` unchanged. */
  check(scope: Scope, options?: EvaluateOptions, marks?: MarkOptions): Promise<ActionResult>;
  recompute(scope: Scope, options?: EvaluateOptions, marks?: MarkOptions): Promise<ActionResult>;
  // 清除标记, 撤销 and select never evaluate, so they take no options.
  /** Restores the original fills of the marks in `scope` (default: the whole workbook). */
  clearMarks(scope?: Scope): Promise<ActionResult>;
  undo(mode?: UndoMode): Promise<ActionResult>;
  /** Activates `sheet` and selects `cell` (an A1 address). */
  select(sheet: string, cell: string): Promise<void>;
  /** True when the last recompute can still be undone. */
  canUndo(): boolean;
  /**
   * Calls `onChange` whenever a cell of a visible worksheet changes (worksheet `onChanged`, ExcelApi
   * 1.7); resolves to the unsubscribe function, or null where the host cannot tell.
   */
  watch?(onChange: () => void): Promise<(() => void) | null>;
  /** What this Excel lacks that the add-in works around (the pane says so); [] on a current Excel. */
  missingFeatures?(): MissingFeature[];
  /** The pane's settings saved in the workbook (null when none or unreadable). */
  loadSettings?(): Promise<unknown>;
  saveSettings?(value: unknown): Promise<void>;
}
