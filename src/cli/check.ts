// `jxzp check`: expand the arguments (folders walked), check the files serially or over worker
// threads, print the table or the JSON report v1 in input order, flag across forms, write --report.
import * as path from "path";
import { analyzeBatch, type BatchFinding, type EvaluateOptions, type FileReport } from "../core";
import type { Lang } from "./args";
import { reportError, reportFailedSheets, type CheckedView } from "./check-file";
import { CliError, messages } from "./errors";
import { formatBatch } from "./format-batch";
import { formatFile, formatSummary } from "./format-table";
import { expandInputs, skippedLines, type DirFailure, type Inputs } from "./inputs";
import { println, type CliIO } from "./io";
import { realOutputPath, requireOutputDir, writeOutput } from "./output-path";
import { checkFiles, defaultJobs } from "./pool";
import { progressBar, type Progress } from "./progress";
import { exitCodeOf, failedFileReport, jsonReport, summarize } from "./report";
import { batchReport } from "./report-rows";
import { reportHtml } from "./report-html";
import { loadTargets } from "./targets";
import { packageVersion } from "./version";

// The per-file steps keep their home in check-file.ts; their callers import them from here as before.
export {
  asCliError,
  checkFile,
  evaluateLoaded,
  reportError,
  reportFailedSheets,
  skippedSheets,
} from "./check-file";
export type { Checked, CheckedView } from "./check-file";

export interface CheckOptions {
  json: boolean;
  sheet?: string;
  lang: Lang;
  /** Profile and grade bands of a deployment, handed to the core as they are. */
  evaluate?: EvaluateOptions;
  /** Finding codes in the table (`--verbose`). */
  verbose?: boolean;
  /** Terminal columns the table wraps to (run.ts reads them); undefined = no wrapping. */
  width?: number;
  /** `--targets FILE`: target forms every checked file is compared with (docs/targets.md). */
  targets?: string;
  /** `--report out.xlsx|out.html`. */
  report?: string;
  /** Worker threads; default one per core; 1 = serial, in-process. */
  jobs?: number;
  /** No progress bar. */
  quiet?: boolean;
  /** The compiled worker to use (tests run a build); default: the one beside this module. */
  workerScript?: string;
}

/** A directory argument that gave no file: a row of its own, like an unreadable file. */
const failureView = (f: DirFailure): CheckedView => ({
  report: failedFileReport(f.path, new CliError(f.code, f.message)),
});

/** Refuses a --report that is missing its folder or is one of the files named to check. */
async function reportTarget(out: string, files: string[]): Promise<string> {
  await requireOutputDir(out);
  const real = await realOutputPath(out);
  for (const f of files) {
    const input = await realOutputPath(f).catch(() => path.resolve(f));
    if (input === real) throw new CliError("REPORT_IS_INPUT", messages.reportIsInput());
  }
  return real;
}

async function writeReport(
  out: string,
  views: CheckedView[],
  batch: BatchFinding[],
  inputs: Inputs,
  opts: CheckOptions
): Promise<void> {
  const report = batchReport({
    views,
    batch,
    skipped: inputs.skipped,
    evaluate: opts.evaluate ?? {},
    sheet: opts.sheet,
    version: packageVersion(),
    lang: opts.lang,
  });
  // exceljs is loaded only for an .xlsx report: a plain check starts without it.
  const bytes = /\.xlsx$/i.test(out)
    ? await (await import("./report-xlsx")).reportXlsx(report)
    : reportHtml(report);
  await writeOutput(out, bytes);
}

/** Prints one file as soon as it is its turn: stderr lines first, then (table mode) its table. */
function printer(io: CliIO, opts: CheckOptions, progress: Progress) {
  const format = {
    lang: opts.lang,
    color: io.color ?? false,
    verbose: opts.verbose ?? false,
    width: opts.width,
  };
  return (view: CheckedView) => {
    progress.clear();
    reportError(io, view.report, opts.lang);
    reportFailedSheets(io, view, opts.lang);
    if (opts.json) return;
    println(io.stdout, formatFile(view, format));
    println(io.stdout);
  };
}

export async function runCheck(args: string[], opts: CheckOptions, io: CliIO): Promise<number> {
  const exclude = opts.report ? await reportTarget(opts.report, args) : null;
  // Read before any file is checked: an unusable --targets stops the run (exit 2), checking nothing.
  const targets = opts.targets
    ? { file: opts.targets, book: await loadTargets(opts.targets) }
    : undefined;
  const inputs = await expandInputs(args, exclude);
  for (const line of skippedLines(inputs.skipped, opts.lang)) println(io.stderr, `jxzp: ${line}`);
  const { files } = inputs;
  const progress = progressBar(io.stderr, files.length, !opts.quiet && !opts.json);
  const print = printer(io, opts, progress);
  const views: CheckedView[] = [];
  const emit = (view: CheckedView) => {
    views.push(view);
    print(view);
  };
  for (const f of inputs.failures.filter((x) => x.before === 0)) emit(failureView(f));
  await checkFiles(
    files,
    {
      sheet: opts.sheet,
      evaluate: opts.evaluate ?? {},
      jobs: opts.jobs ?? defaultJobs(),
      workerScript: opts.workerScript,
      targets,
    },
    {
      result: (index, view) => {
        emit(view);
        // Directory failures keep their place among the arguments.
        for (const f of inputs.failures.filter((x) => x.before === index + 1)) emit(failureView(f));
      },
      done: (_index, file) => progress.tick(file),
    }
  );
  progress.end();
  const reports: FileReport[] = views.map((v) => v.report);
  const batch = analyzeBatch(reports);
  if (opts.json) {
    println(io.stdout, JSON.stringify(jsonReport(reports, batch), null, 2));
  } else {
    if (batch.length) {
      println(io.stdout, formatBatch(batch, opts.lang, opts.width));
      println(io.stdout);
    }
    const unreadable = reports.filter((r) => r.error !== null).length;
    println(io.stdout, formatSummary(summarize(reports), unreadable, opts.lang));
  }
  if (opts.report) {
    await writeReport(opts.report, views, batch, inputs, opts);
    println(io.stderr, `jxzp: ${messages.reportWritten(opts.report)[opts.lang]}`);
  }
  // A sheet left unchecked is an incomplete check: never a clean exit code.
  const incomplete = views.some((v) => (v.failedSheets ?? []).length > 0);
  return incomplete ? 2 : exitCodeOf(reports);
}
