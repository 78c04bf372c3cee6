// One file of a `check`: read it, evaluate its sheets, never throw (in-process and in a worker alike).
import {
  evaluate,
  type EvaluateOptions,
  type Evaluation,
  type FileReport,
  type TargetBook,
} from "../core";
import type { Lang } from "./args";
import { CliError, messages } from "./errors";
import type { SheetFailure } from "../files";
import type { FileView } from "./format-table";
import { println, type CliIO } from "./io";
import { readForCheck, sheetsToCheck, type CheckedWorkbook } from "./read-input";
import { failedFileReport, fileReport } from "./report";

/** Turns anything thrown into a CliError: ours pass through, the rest are internal errors. */
export function asCliError(err: unknown): CliError {
  if (err instanceof CliError) return err;
  const reason = err instanceof Error ? err.message : String(err);
  return new CliError("INTERNAL", messages.internal(reason));
}

/** Hidden sheets left out of a check (none when a sheet is named). */
export function skippedSheets(loaded: CheckedWorkbook, sheet?: string): string[] {
  if (sheet !== undefined) return [];
  return loaded.sheetInfo.filter((s) => s.state !== "visible").map((s) => s.name);
}

export interface Checked {
  view: CheckedView;
  /** null when the sheet was not found or the core failed (`view.report.error` says why). */
  evaluation: Evaluation | null;
}

/** Evaluates an already loaded workbook (the sheets a check looks at); never throws. */
export function evaluateLoaded(
  file: string,
  loaded: CheckedWorkbook,
  sheet?: string,
  options: EvaluateOptions = {},
  targets: TargetBook[] = []
): Checked {
  try {
    const evaluation = evaluate(sheetsToCheck(loaded, sheet), options, targets);
    const view = {
      report: fileReport(file, evaluation),
      skippedSheets: skippedSheets(loaded, sheet),
      failedSheets: failedSheets(loaded, sheet),
    };
    return { view, evaluation };
  } catch (err) {
    return { view: { report: failedFileReport(file, asCliError(err)) }, evaluation: null };
  }
}

/** A file's view plus the sheets that could not be read (named on stderr, exit code 2). */
export interface CheckedView extends FileView {
  failedSheets?: SheetFailure[];
}

/** The failed sheets a check would have looked at: all of them, or the one named. */
function failedSheets(loaded: CheckedWorkbook, sheet?: string): SheetFailure[] {
  return loaded.failures.filter((f) => sheet === undefined || f.name === sheet);
}

/** One file's view; never throws (an unreadable file becomes a report with `error`). */
export async function checkFile(
  file: string,
  sheet?: string,
  options: EvaluateOptions = {},
  targets: TargetBook[] = []
): Promise<CheckedView> {
  let loaded: CheckedWorkbook;
  try {
    loaded = await readForCheck(file);
  } catch (err) {
    return { report: failedFileReport(file, asCliError(err)) };
  }
  return evaluateLoaded(file, loaded, sheet, options, targets).view;
}

export function reportError(io: CliIO, report: FileReport, lang: Lang): void {
  if (report.error) println(io.stderr, `jxzp: ${report.file}: ${report.error.message[lang]}`);
}

/** One line per sheet that could not be read: the rest of the file was checked, this sheet was not. */
export function reportFailedSheets(io: CliIO, view: CheckedView, lang: Lang): void {
  for (const f of view.failedSheets ?? []) {
    println(io.stderr, `jxzp: ${view.report.file}: ${f.message[lang]}`);
  }
}
