// `jxzp fix FILE -o OUT`: write the core's computed cells (and optional highlights) to a new file, re-check it.
import { promises as fs } from "fs";
import * as path from "path";
import type { EvaluateOptions, HeldWrite } from "../core";
import type { Lang } from "./args";
import { checkFile, evaluateLoaded, reportError, asCliError } from "./check";
import { CliError, messages } from "./errors";
import { formatFile, formatSummary } from "./format-table";
import { println, type CliIO } from "./io";
import { readXlsx, sheetToData, type LoadedWorkbook } from "./read-xlsx";
import { allFindings, exitCodeOf, summarize } from "./report";
import {
  applyHighlights,
  applyWrites,
  workbookBytes,
  type AppliedWrite,
  type SkippedWrite,
} from "./write-xlsx";

export interface FixOptions {
  out: string;
  highlight: boolean;
  sheet?: string;
  lang: Lang;
  /** Passed to every evaluation of the fix: the first, the highlight pass and the re-check. */
  evaluate?: EvaluateOptions;
}

const T = {
  wrote: {
    zh: (n: number, out: string) => `已写入 ${n} 个单元格到 ${out}：`,
    en: (n: number, out: string) => `wrote ${n} cell(s) to ${out}:`,
  },
  nothing: {
    zh: (out: string) => `没有需要写入的单元格；已把副本保存到 ${out}`,
    en: (out: string) => `nothing to write; saved a copy to ${out}`,
  },
  skipped: { zh: "未写入：", en: "not written:" },
  held: {
    zh: "以下计算单元格未写入（读数不确定，请先手工核对）：",
    en: "these computed cells were left alone (a reading is uncertain; check them by hand):",
  },
  highlighted: {
    zh: (n: number) => `已标记 ${n} 个单元格（错误填红，警告填黄，批注说明原因）`,
    en: (n: number) => `highlighted ${n} cell(s) (errors red, warnings yellow, with a note)`,
  },
  recheck: { zh: (out: string) => `重新检查 ${out}：`, en: (out: string) => `re-check of ${out}:` },
  blank: { zh: "(空)", en: "(blank)" },
  reason: {
    formula: { zh: "公式单元格", en: "formula cell" },
    "merged-child": { zh: "合并区域中的非首单元格", en: "inside a merged area" },
    "no-sheet": { zh: "无此工作表", en: "no such sheet" },
  },
};

/** True when `out` names the same file as `input` (symlinks, `..`, hard links, other spellings). */
export async function isSameFile(input: string, out: string): Promise<boolean> {
  const inputReal = await fs.realpath(input);
  try {
    const outReal = await fs.realpath(out);
    if (outReal === inputReal) return true;
    const [a, b] = await Promise.all([fs.stat(inputReal), fs.stat(outReal)]);
    return a.dev === b.dev && a.ino === b.ino;
  } catch {
    // OUT does not exist yet: compare through its (resolved) parent directory.
    try {
      const dir = await fs.realpath(path.dirname(path.resolve(out)));
      return path.join(dir, path.basename(out)) === inputReal;
    } catch {
      return false;
    }
  }
}

function showValue(value: unknown, lang: Lang): string {
  if (value === null || value === undefined || value === "") return T.blank[lang];
  return typeof value === "string" ? JSON.stringify(value) : String(value);
}

function printWrites(
  io: CliIO,
  applied: AppliedWrite[],
  skipped: SkippedWrite[],
  opts: FixOptions
): void {
  const { lang } = opts;
  if (applied.length === 0) println(io.stdout, T.nothing[lang](opts.out));
  else println(io.stdout, T.wrote[lang](applied.length, opts.out));
  for (const w of applied) {
    println(
      io.stdout,
      `  ${w.sheet}!${w.cell}  ${showValue(w.before, lang)} → ${showValue(w.after, lang)}`
    );
  }
  if (skipped.length > 0) {
    println(io.stdout, T.skipped[lang]);
    for (const s of skipped) {
      println(io.stdout, `  ${s.write.sheet}!${s.write.cell}  ${T.reason[s.reason][lang]}`);
    }
  }
}

/** The cells the core held back, each with its reason: a recompute that stays silent looks like "all fine". */
function printHeld(io: CliIO, held: HeldWrite[], lang: Lang): void {
  if (!held.length) return;
  println(io.stdout, T.held[lang]);
  for (const h of held) println(io.stdout, `  ${h.sheet}!${h.cell}  ${h.reason[lang]}`);
}

async function writeOut(loaded: LoadedWorkbook, out: string): Promise<void> {
  try {
    const buffer = await workbookBytes(loaded.workbook);
    await fs.mkdir(path.dirname(path.resolve(out)), { recursive: true });
    await fs.writeFile(out, buffer);
  } catch (err) {
    const reason =
      (err as NodeJS.ErrnoException).code ?? (err instanceof Error ? err.message : String(err));
    throw new CliError("WRITE_FAILED", messages.writeFailed(reason));
  }
}

export async function runFix(file: string, opts: FixOptions, io: CliIO): Promise<number> {
  const { lang } = opts;
  if (path.extname(opts.out).toLowerCase() !== ".xlsx") {
    throw new CliError("OUTPUT_NOT_XLSX", messages.outputNotXlsx());
  }
  let loaded: LoadedWorkbook;
  try {
    loaded = await readXlsx(file);
  } catch (err) {
    const e = asCliError(err);
    println(io.stderr, `jxzp: ${file}: ${e.text[lang]}`);
    return 2;
  }
  if (await isSameFile(file, opts.out))
    throw new CliError("OVERWRITE_INPUT", messages.overwriteInput());
  const first = evaluateLoaded(file, loaded, opts.sheet, opts.evaluate);
  if (!first.evaluation) {
    reportError(io, first.view.report, lang);
    return 2;
  }
  println(io.stderr, messages.rewriteWarning()[lang]);
  const { applied, skipped } = applyWrites(loaded.workbook, first.evaluation.writes);
  let highlighted = 0;
  if (opts.highlight) {
    // Highlight what is still wrong after the writes, read back from the workbook as written.
    const rewritten: LoadedWorkbook = {
      ...loaded,
      sheets: loaded.workbook.worksheets.map(sheetToData),
    };
    const after = evaluateLoaded(file, rewritten, opts.sheet, opts.evaluate);
    if (!after.evaluation) {
      reportError(io, after.view.report, lang);
      return 2;
    }
    highlighted = applyHighlights(
      loaded.workbook,
      after.evaluation.highlights,
      allFindings(after.view.report),
      lang
    );
  }
  await writeOut(loaded, opts.out);
  printWrites(io, applied, skipped, opts);
  printHeld(
    io,
    first.view.report.forms.flatMap((f) => f.held ?? []),
    lang
  );
  if (opts.highlight) println(io.stdout, T.highlighted[lang](highlighted));
  println(io.stdout);
  const recheck = await checkFile(opts.out, opts.sheet, opts.evaluate);
  reportError(io, recheck.report, lang);
  println(io.stdout, T.recheck[lang](opts.out));
  println(io.stdout, formatFile(recheck, { lang, color: io.color ?? false }));
  println(io.stdout);
  const reports = [recheck.report];
  println(io.stdout, formatSummary(summarize(reports), recheck.report.error ? 1 : 0, lang));
  return exitCodeOf(reports);
}
