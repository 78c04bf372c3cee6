// Builds the JSON report v1 (docs/report.md) from per-file evaluations and counts the summary.
import {
  analyzeBatch,
  severityCounts,
  type BatchFinding,
  verdictOf,
  type Evaluation,
  type FileReport,
  type Finding,
  type JsonReport,
  type Summary,
} from "../core";
import type { CliError } from "./errors";

/** A readable file's entry: its forms, plus sheet-level findings (FORM_NOT_FOUND ...) in `findings`. */
export function fileReport(file: string, evaluation: Evaluation): FileReport {
  return { file, forms: evaluation.forms, findings: evaluation.sheetFindings, error: null };
}

/** An unreadable file's entry: no forms, the error that stopped it. */
export function failedFileReport(file: string, error: CliError): FileReport {
  return { file, forms: [], findings: [], error: { code: error.code, message: error.text } };
}

/** Every finding of a file, form findings first, in report order. */
export function allFindings(report: FileReport): Finding[] {
  return [...report.forms.flatMap((f) => f.findings), ...(report.findings ?? [])];
}

export function summarize(files: FileReport[]): Summary {
  return {
    files: files.length,
    forms: files.reduce((n, f) => n + f.forms.length, 0),
    ...severityCounts(files.flatMap(allFindings)),
  };
}

/** The JSON report v1; `batch` is the cross-form analysis of these files unless given. */
export function jsonReport(
  files: FileReport[],
  batch: BatchFinding[] = analyzeBatch(files)
): JsonReport {
  return { version: 1, files, batch, summary: summarize(files) };
}

/**
 * 2 when a file could not be read; 3 when no file holds a 自评表 (a run that checked nothing is no
 * success); else 1 when any error finding (the verdict fails), else 0.
 */
export function exitCodeOf(files: FileReport[]): number {
  if (files.some((f) => f.error !== null)) return 2;
  if (files.length > 0 && files.every((f) => f.forms.length === 0)) return 3;
  return verdictOf(summarize(files)) === "fail" ? 1 : 0;
}
