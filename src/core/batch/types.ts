// The shapes of the cross-form flags: one finding over several forms, each form named by file and cell.
import type { BATCH_CODES } from "../codes";
import type { FileReport, FormReport } from "../report/types";
import type { LocalizedText, Severity } from "../types";

export type BatchCode = (typeof BATCH_CODES)[number];

/** One form a cross-form flag concerns, and the cell to look at on it. */
export interface BatchFormRef {
  file: string;
  sheet: string;
  /** The cell holding what is shared (the total, the copied text), else the form's first cell. */
  cell: string;
  project: string;
  /** The unit the form reports for (实施单位 …, else 主管部门); "" when it names none. */
  unit: string;
}

/** A flag over several forms (JSON report `batch[]`, docs/report.md). */
export interface BatchFinding {
  code: BatchCode;
  severity: Severity;
  message: LocalizedText;
  /** Every form concerned, in input order (file order, then form order). */
  forms: BatchFormRef[];
}

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

export type { FileReport };
