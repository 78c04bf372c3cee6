// `jxzp fix FILE -o OUT`: patch the core's computed cells (and optional highlights) into a copy, re-check it.
import { promises as fs } from "fs";
import * as path from "path";
import type { EvaluateOptions, HeldWrite } from "../core";
import { staleFormulaCells } from "../files/patch/stale";
import type { Lang } from "./args";
import { checkFile, evaluateLoaded, reportError, asCliError } from "./check-file";
import { CliError, messages } from "./errors";
import { withoutStale, keptHighlights } from "./fix-stale";
import { formatFile, formatSummary } from "./format-table";
import { println, type CliIO } from "./io";
import { requireOutputDir, writeOutput } from "./output-path";
import { readForFix, readInputFile, type CheckedWorkbook } from "./read-input";
import { loadTargets } from "./targets";
import { allFindings, exitCodeOf, summarize } from "./report";
import { PackageError, writeCells, writeHighlights, type PatchResult } from "./write-xlsx";

export interface FixOptions {
  out: string;
  highlight: boolean;
  sheet?: string;
  lang: Lang;
  /** Passed to every evaluation of the fix: the first, the highlight pass and the re-check. */
  evaluate?: EvaluateOptions;
  /** `--targets FILE`: compared in every evaluation too, so `--highlight` marks what they find. */
  targets?: string;
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
  recalc: {
    zh: (n: number) =>
      n > 0
        ? `已设置工作簿在打开时重新计算：${n} 个公式引用了写入的单元格，文件中缓存的公式结果在 Excel / WPS 打开并重新计算之前不是最新的`
        : "已设置工作簿在打开时重新计算（工作簿含公式，写入后缓存的公式结果可能过时）",
    en: (n: number) =>
      n > 0
        ? `marked the workbook to recalculate on open: ${n} formula(s) read a written cell, and their cached results are stale until Excel / WPS recalculates`
        : "marked the workbook to recalculate on open (it has formulas whose cached results may be stale after the writes)",
  },
  unchecked: {
    zh: "以下问题未重新核对（它们读取的公式结果将在打开时重新计算）：",
    en: "not re-checked (they read a formula result that is recalculated on open):",
  },
  cached: { zh: (v: string) => `（缓存结果 ${v}）`, en: (v: string) => ` (cached result ${v})` },
  legacy: {
    zh: "fix 只能修改 .xlsx 文件：.xls / .et 文件请先在 Excel 或 WPS 中另存为 .xlsx 再修正（jxzp check 可直接检查此文件，不受影响）",
    en: "fix only changes .xlsx files: save the .xls / .et as .xlsx in Excel or WPS first (jxzp check reads this file as it is)",
  },
  cannotPatch: {
    zh: (why: string) => `无法在原文件结构上写入（${why}），未写出任何文件；检查结果不受影响`,
    en: (why: string) =>
      `cannot patch this package (${why}); nothing was written (checking is unaffected)`,
  },
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

function printWrites(io: CliIO, result: PatchResult, opts: FixOptions): void {
  const { lang } = opts;
  if (result.applied.length === 0) println(io.stdout, T.nothing[lang](opts.out));
  else println(io.stdout, T.wrote[lang](result.applied.length, opts.out));
  for (const w of result.applied) {
    println(
      io.stdout,
      `  ${w.sheet}!${w.cell}  ${showValue(w.before.value, lang)} → ${showValue(w.value, lang)}`
    );
  }
  if (result.skipped.length > 0) {
    println(io.stdout, T.skipped[lang]);
    for (const s of result.skipped) {
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

const LEGACY_EXT = new Set([".xls", ".et"]);
// A binary (CFB) workbook: .xls / .et, whatever its name says.
const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function isCfb(bytes: Uint8Array): boolean {
  return CFB_SIGNATURE.every((b, i) => bytes[i] === b);
}

/** The output may be .xlsx, or .xlsm for an .xlsm input (its macros are kept byte for byte). */
function outputAllowed(file: string, out: string): boolean {
  const ext = path.extname(out).toLowerCase();
  return ext === ".xlsx" || (ext === ".xlsm" && path.extname(file).toLowerCase() === ".xlsm");
}

/** Patches the package, turning a package it cannot patch into the one-line refusal. */
function patched(file: string, io: CliIO, lang: Lang, run: () => PatchResult): PatchResult | null {
  try {
    return run();
  } catch (err) {
    if (!(err instanceof PackageError)) throw err;
    println(io.stderr, `jxzp: ${file}: ${T.cannotPatch[lang](err.message)}`);
    return null;
  }
}

export async function runFix(file: string, opts: FixOptions, io: CliIO): Promise<number> {
  const { lang } = opts;
  if (!outputAllowed(file, opts.out)) {
    throw new CliError("OUTPUT_NOT_XLSX", messages.outputNotXlsx());
  }
  const refuse = (text: string): number => {
    println(io.stderr, `jxzp: ${file}: ${text}`);
    return 2;
  };
  if (LEGACY_EXT.has(path.extname(file).toLowerCase())) return refuse(T.legacy[lang]);
  let bytes: Buffer;
  let loaded: CheckedWorkbook;
  try {
    bytes = await readInputFile(file);
    loaded = await readForFix(bytes, file);
  } catch (err) {
    const e = asCliError(err);
    if (e.code === "FIX_NEEDS_XLSX") return refuse(T.legacy[lang]);
    return refuse(e.text[lang]);
  }
  if (isCfb(bytes)) return refuse(T.legacy[lang]);
  // A typo in -o must not silently create folders: the output goes where the clerk said, or nowhere.
  await requireOutputDir(opts.out);
  if (await isSameFile(file, opts.out))
    throw new CliError("OVERWRITE_INPUT", messages.overwriteInput());
  const targets = opts.targets ? [await loadTargets(opts.targets)] : [];
  const first = evaluateLoaded(file, loaded, opts.sheet, opts.evaluate, targets);
  if (!first.evaluation) {
    reportError(io, first.view.report, lang);
    return 2;
  }
  const writes = first.evaluation.writes;
  const result = patched(file, io, lang, () => writeCells(bytes, writes));
  if (!result) return 2;
  // Formulas that read a written cell keep their old cached result until the host recalculates.
  const stale = staleFormulaCells(loaded.sheets, result.applied);
  let out = result.bytes;
  let highlighted = 0;
  if (opts.highlight) {
    // Highlight what is still wrong after the writes, read back from the package as written.
    const after = evaluateLoaded(
      file,
      await readForFix(Buffer.from(out), opts.out),
      opts.sheet,
      opts.evaluate,
      targets
    );
    if (!after.evaluation) {
      reportError(io, after.view.report, lang);
      return 2;
    }
    const kept = allFindings(withoutStale(after.view.report, stale).report);
    const marks = keptHighlights(after.evaluation.highlights, kept);
    const painted = patched(file, io, lang, () => writeHighlights(out, marks, kept, lang));
    if (!painted) return 2;
    out = painted.bytes;
    highlighted = painted.highlighted;
  }
  await writeOutput(opts.out, out);
  printWrites(io, result, opts);
  printHeld(
    io,
    first.view.report.forms.flatMap((f) => f.held ?? []),
    lang
  );
  if (opts.highlight) println(io.stdout, T.highlighted[lang](highlighted));
  if (result.recalcOnOpen) println(io.stdout, T.recalc[lang](stale.size));
  println(io.stdout);
  const recheck = await checkFile(opts.out, opts.sheet, opts.evaluate, targets);
  const split = withoutStale(recheck.report, stale);
  const view = { ...recheck, report: split.report };
  reportError(io, view.report, lang);
  println(io.stdout, T.recheck[lang](opts.out));
  println(io.stdout, formatFile(view, { lang, color: io.color ?? false }));
  if (split.unchecked.length) {
    println(io.stdout, T.unchecked[lang]);
    for (const f of split.unchecked) {
      const cached = f.actual ? T.cached[lang](f.actual) : "";
      println(io.stdout, `  ${f.sheet}!${f.cell}  ${f.code}${cached}`);
    }
  }
  println(io.stdout);
  const reports = [view.report];
  println(io.stdout, formatSummary(summarize(reports), view.report.error ? 1 : 0, lang));
  return exitCodeOf(reports);
}
