// `jxzp check`: read each file, evaluate its sheets, print the table or the JSON report v1.
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
import { formatFile, formatSummary, type FileView } from "./format-table";
import { println, type CliIO } from "./io";
import { readForCheck, sheetsToCheck, type CheckedWorkbook } from "./read-xlsx";
import { exitCodeOf, failedFileReport, fileReport, jsonReport, summarize } from "./report";
import { loadTargets } from "./targets";

export interface CheckOptions {
  json: boolean;
  sheet?: string;
  lang: Lang;
  /** Profile and grade bands of a deployment, handed to the core as they are (no flags set them yet). */
  evaluate?: EvaluateOptions;
  /** Finding codes in the table (`--verbose`). */
  verbose?: boolean;
  /** Terminal columns the table wraps to (run.ts reads them); undefined = no wrapping. */
  width?: number;
  /** `--targets FILE`: target forms every checked file is compared with (docs/targets.md). */
  targets?: string;
}

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

export async function runCheck(files: string[], opts: CheckOptions, io: CliIO): Promise<number> {
  const views: CheckedView[] = [];
  const targets = opts.targets ? [await loadTargets(opts.targets)] : [];
  // One at a time: the machine may be small and workbooks large.
  for (const file of files) views.push(await checkFile(file, opts.sheet, opts.evaluate, targets));
  const reports = views.map((v) => v.report);
  for (const v of views) {
    reportError(io, v.report, opts.lang);
    reportFailedSheets(io, v, opts.lang);
  }
  if (opts.json) {
    println(io.stdout, JSON.stringify(jsonReport(reports), null, 2));
  } else {
    const format = {
      lang: opts.lang,
      color: io.color ?? false,
      verbose: opts.verbose ?? false,
      width: opts.width,
    };
    for (const view of views) {
      println(io.stdout, formatFile(view, format));
      println(io.stdout);
    }
    const unreadable = reports.filter((r) => r.error !== null).length;
    println(io.stdout, formatSummary(summarize(reports), unreadable, opts.lang));
  }
  // A sheet left unchecked is an incomplete check: never a clean exit code.
  const incomplete = views.some((v) => (v.failedSheets ?? []).length > 0);
  return incomplete ? 2 : exitCodeOf(reports);
}
