// Many files → the batch summary: one row per file (forms, errors / warnings, grade entered → computed).
import { tally, verdictOf, type LocalizedText, type Verdict } from "../../core";
import type { CheckedFile } from "./check-file";

export interface GradePair {
  /** The grade as entered (trimmed); null when blank or the form has no grade cell. */
  entered: string | null;
  computed: string | null;
}

export interface BatchRow {
  name: string;
  /** "unreadable": the file was not checked (see `error`); "none": no form was found in it. */
  status: Verdict | "unreadable" | "none";
  forms: number;
  errors: number;
  warnings: number;
  infos: number;
  grades: GradePair[];
  error: LocalizedText | null;
}

export function batchRow(file: CheckedFile): BatchRow {
  if (file.error || !file.evaluation) {
    return {
      name: file.name,
      status: "unreadable",
      forms: 0,
      errors: 0,
      warnings: 0,
      infos: 0,
      grades: [],
      error: file.error?.message ?? null,
    };
  }
  const counts = tally(file.evaluation);
  const grades = file.evaluation.forms.map((f) => ({
    entered: f.grade?.entered?.trim() || null,
    computed: f.computedGrade,
  }));
  return {
    name: file.name,
    status: counts.forms === 0 ? "none" : verdictOf(counts),
    forms: counts.forms,
    errors: counts.errors,
    warnings: counts.warnings,
    infos: counts.infos,
    grades,
    error: null,
  };
}

/** The totals line under the table: files, forms, errors, warnings, unreadable files. */
export function batchTotals(rows: BatchRow[]) {
  return {
    files: rows.length,
    forms: rows.reduce((n, r) => n + r.forms, 0),
    errors: rows.reduce((n, r) => n + r.errors, 0),
    warnings: rows.reduce((n, r) => n + r.warnings, 0),
    unreadable: rows.filter((r) => r.status === "unreadable").length,
  };
}
