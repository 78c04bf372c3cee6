// The capabilities the task pane and the ribbon command get from the Excel adapter; UI tests pass a fake.
import type { Evaluation } from "../core/report/types";
import type { LocalizedText } from "../core/types";

/** 本表 (the active sheet) or 全部工作表 (every visible worksheet). */
export type Scope = "sheet" | "workbook";

export interface ActionResult {
  action: "check" | "recompute" | "clear" | "undo";
  evaluation: Evaluation | null;
  /** Cells whose value/format was written by this action. */
  written: number;
  /** Cells given a highlight fill by this action. */
  highlighted: number;
  /** Cells whose fill or value was restored (清除标记 / 撤销). */
  restored: number;
  /** A one-line summary for the status line, e.g. 已写入 12 个单元格，发现 2 个错误. */
  summary: LocalizedText;
}

/** A failure the user must read (protected sheet, empty sheet, unsupported API, ...). */
export class AddinError extends Error {
  constructor(
    readonly code: string,
    readonly text: LocalizedText
  ) {
    super(text.en);
    this.name = "AddinError";
  }
}

export interface WorkbookPort {
  check(scope: Scope): Promise<ActionResult>;
  recompute(scope: Scope): Promise<ActionResult>;
  clearMarks(): Promise<ActionResult>;
  undo(): Promise<ActionResult>;
  /** Activates `sheet` and selects `cell` (an A1 address). */
  select(sheet: string, cell: string): Promise<void>;
  /** True when the last recompute can still be undone. */
  canUndo(): boolean;
}
