// What the cross-form checks read and are: each form with its place and unit, and the check shape.
// The flags themselves (BatchFinding) are JSON report shapes, in report/types.ts.
import type { BatchCode, BatchFinding, FormReport } from "../report/types";
import type { LocalizedText, Severity } from "../types";

/** A form of the batch with its place in the input: what every cross-form check reads. */
export interface BatchEntry {
  file: string;
  /** Position in the input (file index, form index): the order every flag lists its forms in. */
  order: number;
  form: FormReport;
  /** The unit as compared: normalised 实施单位, else 主管部门; "" when the form names neither. */
  unitKey: string;
  /** The unit as written, for the report. */
  unitText: string;
}

/** One cross-form check: its code, its severity, its messages and what it finds. */
export interface BatchCheck {
  code: BatchCode;
  severity: Severity;
  messages: Record<string, LocalizedText>;
  check(entries: BatchEntry[]): BatchFinding[];
}

export type { BatchCode, BatchFinding, BatchFormRef, FileReport } from "../report/types";
