// Hand-written argument parsing for `jxzp check|fix` (no dependency): argv in, a typed command out.
import {
  DEPLOYMENT_OPTIONS,
  parseOptionText,
  withOptionValue,
  type DeploymentOption,
  type DeploymentOptionId,
  type EvaluateOptions,
  type Lang,
} from "../core";
import { usage, usageErrors } from "./errors";

// Passed on for the commands that take their language from the parsed arguments.
export type { Lang };

export type Command =
  | { kind: "help" }
  | { kind: "version" }
  | {
      kind: "check";
      files: string[];
      json: boolean;
      sheet?: string;
      lang: Lang;
      /** Finding codes beside each problem in the table. */
      verbose: boolean;
      /** The deployment's options (`--profile`, `--grade-bands` …), for the core as they are. */
      evaluate: EvaluateOptions;
      /** `--report out.xlsx|out.html`: the batch report, written besides stdout. */
      report?: string;
      /** `--jobs N`: files checked at once (worker threads); undefined = one per core. */
      jobs?: number;
      /** `--quiet`: no progress bar. */
      quiet: boolean;
      /** `--targets FILE`: a workbook of target forms to compare with (docs/targets.md). */
      targets?: string;
    }
  | {
      kind: "fix";
      file: string;
      out: string;
      highlight: boolean;
      sheet?: string;
      lang: Lang;
      evaluate: EvaluateOptions;
      targets?: string;
    };

interface Raw {
  positionals: string[];
  json: boolean;
  verbose: boolean;
  highlight: boolean;
  help: boolean;
  version: boolean;
  quiet: boolean;
  sheet?: string;
  out?: string;
  lang?: string;
  report?: string;
  jobs?: string;
  targets?: string;
  /** Deployment option values as typed, by option id, in argv order. */
  deploy: [DeploymentOptionId, string][];
  seen: string[];
}

/** One flag per deployment option, from the core's description (the pane's panel uses the same). */
const DEPLOY_FLAGS: Record<string, DeploymentOption> = Object.fromEntries(
  DEPLOYMENT_OPTIONS.map((o) => [o.flag, o])
);

const VALUE_OPTIONS: Record<string, "sheet" | "out" | "lang" | "report" | "jobs" | "targets"> = {
  "--report": "report",
  "--jobs": "jobs",
  "-j": "jobs",
  "--sheet": "sheet",
  "-s": "sheet",
  "-o": "out",
  "--out": "out",
  "--output": "out",
  "--lang": "lang",
  "--targets": "targets",
};
const FLAG_OPTIONS: Record<
  string,
  "json" | "highlight" | "help" | "version" | "verbose" | "quiet"
> = {
  "--json": "json",
  "--quiet": "quiet",
  "-q": "quiet",
  "--verbose": "verbose",
  "--highlight": "highlight",
  "--help": "help",
  "-h": "help",
  "--version": "version",
  "-v": "version",
  "-V": "version",
};

/** The `--lang` given anywhere in argv (so even a usage error speaks the asked language). */
export function langOf(argv: string[]): Lang {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--") break;
    if (a === "--lang" && argv[i + 1] === "en") return "en";
    if (a === "--lang=en") return "en";
  }
  return "zh";
}

function scan(argv: string[]): Raw {
  const raw: Raw = {
    positionals: [],
    json: false,
    verbose: false,
    highlight: false,
    help: false,
    version: false,
    quiet: false,
    deploy: [],
    seen: [],
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--") {
      raw.positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith("-") || arg === "-") {
      raw.positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf("=");
    const name = arg.startsWith("--") && eq > 0 ? arg.slice(0, eq) : arg;
    const deploy = DEPLOY_FLAGS[name];
    if (deploy) {
      const value = name !== arg ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined || value === "") throw usage(usageErrors.missingValue(name));
      raw.deploy.push([deploy.id, value]);
      raw.seen.push(name);
      continue;
    }
    const valueKey = VALUE_OPTIONS[name];
    if (valueKey) {
      let value: string | undefined;
      if (name !== arg) value = arg.slice(eq + 1);
      else value = argv[++i];
      if (value === undefined || value === "") throw usage(usageErrors.missingValue(name));
      raw[valueKey] = value;
      raw.seen.push(name);
      continue;
    }
    const flagKey = FLAG_OPTIONS[arg];
    if (flagKey) {
      raw[flagKey] = true;
      raw.seen.push(arg);
      continue;
    }
    throw usage(usageErrors.unknownOption(arg));
  }
  return raw;
}

/** The deployment options given on the command line; a value they do not allow is a usage error. */
function evaluateOptions(raw: Raw): EvaluateOptions {
  let options: EvaluateOptions = {};
  for (const [id, text] of raw.deploy) {
    const parsed = parseOptionText(id, text);
    if ("error" in parsed) throw usage(parsed.error);
    const next = withOptionValue(options, id, parsed.value);
    if ("error" in next) throw usage(next.error);
    options = next.options;
  }
  return options;
}

/** `--jobs N`: a whole number from 1 to 64 (more threads than that only cost memory). */
function jobsOf(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!/^\d+$/.test(text) || n < 1 || n > MAX_JOBS)
    throw usage(usageErrors.badJobs(text, MAX_JOBS));
  return n;
}

const MAX_JOBS = 64;
const REPORT_EXT = /\.(xlsx|html?)$/i;

/** Parses argv (without `node` and the script); throws a USAGE CliError on any misuse. */
export function parseArgs(argv: string[]): Command {
  const raw = scan(argv);
  if (raw.help) return { kind: "help" };
  if (raw.version) return { kind: "version" };
  const [command, ...files] = raw.positionals;
  if (command === undefined) throw usage(usageErrors.noCommand());
  if (command === "help") return { kind: "help" };
  const lang = raw.lang ?? "zh";
  if (lang !== "zh" && lang !== "en") throw usage(usageErrors.badLang(lang));
  const evaluate = evaluateOptions(raw);
  if (command === "check") {
    const wrong = raw.seen.find((o) => VALUE_OPTIONS[o] === "out" || o === "--highlight");
    if (wrong) throw usage(usageErrors.notForCommand(wrong, "check"));
    if (files.length === 0) throw usage(usageErrors.noFiles());
    if (raw.report !== undefined && !REPORT_EXT.test(raw.report))
      throw usage(usageErrors.badReportName(raw.report));
    return {
      kind: "check",
      files,
      json: raw.json,
      sheet: raw.sheet,
      lang,
      verbose: raw.verbose,
      evaluate,
      report: raw.report,
      jobs: jobsOf(raw.jobs),
      quiet: raw.quiet,
      targets: raw.targets,
    };
  }
  if (command === "fix") {
    if (raw.json) throw usage(usageErrors.notForCommand("--json", "fix"));
    const checkOnly = raw.seen.find((o) => ["report", "jobs"].includes(VALUE_OPTIONS[o] ?? ""));
    if (checkOnly) throw usage(usageErrors.notForCommand(checkOnly, "fix"));
    if (files.length === 0) throw usage(usageErrors.noFiles());
    if (files.length > 1) throw usage(usageErrors.fixOneFile());
    if (raw.out === undefined) throw usage(usageErrors.fixNeedsOutput());
    return {
      kind: "fix",
      file: files[0],
      out: raw.out,
      highlight: raw.highlight,
      sheet: raw.sheet,
      lang,
      evaluate,
      targets: raw.targets,
    };
  }
  throw usage(usageErrors.unknownCommand(command));
}

/** `--grade-bands 90/80/60` — the value a flag takes, as --help shows it. */
function helpValue(o: DeploymentOption): string {
  switch (o.kind) {
    case "choice":
      return o.choices.map((c) => c.value).join("|");
    case "bands":
      return o.default.join("/");
    case "percent":
      return String(o.default);
  }
}

function helpDefault(o: DeploymentOption): string {
  return o.kind === "bands" ? o.default.join("/") : String(o.default);
}

/** The deployment options section of --help, built from the core's description of them. */
export function deploymentHelp(lang: Lang): string {
  const lines = DEPLOYMENT_OPTIONS.map((o) => {
    const head = `  ${o.flag} ${helpValue(o)}`;
    const text =
      lang === "zh"
        ? `${o.label.zh}：${o.help.zh}（默认 ${helpDefault(o)}）`
        : `${o.label.en}: ${o.help.en} (default ${helpDefault(o)})`;
    return `${head}\n      ${text}`;
  });
  const title =
    lang === "zh"
      ? "部署选项（check 与 fix 均可用；见 docs/rules.md §5）："
      : "Deployment options (check and fix; see docs/rules.md §5):";
  return [title, ...lines].join("\n");
}

const USAGE_OPTIONS = " [部署选项]";
const USAGE_OPTIONS_EN = " [deployment options]";

export const HELP: Record<Lang, string> = {
  zh: `jxzp — 绩效自评助手：检查并重算项目支出绩效自评表（.xlsx）

用法：
  jxzp check 文件或文件夹... [--json] [--report 报告.xlsx|报告.html] [--jobs N] [--quiet]
             [--sheet 工作表名] [--lang zh|en] [--verbose] [--targets 目标表.xlsx]${USAGE_OPTIONS}
  jxzp fix 文件.xlsx -o 输出.xlsx [--highlight] [--sheet 工作表名] [--lang zh|en]
           [--targets 目标表.xlsx]${USAGE_OPTIONS}
  jxzp --help | --version

命令：
  check        检查每张自评表：预算执行率与得分、各指标得分、权重、总分、等级；
               文件夹会递归查找其中的表格文件（跳过隐藏文件和 ~$ 锁定文件）
  fix          把重新计算的单元格（执行率、结余、得分、总分、等级）写入另一个文件；原文件不变

选项：
  --json       输出 JSON 报告（版本 1）
  --report 文件 另写一份汇总报告：.xlsx（每表一行、问题明细、跨表提示、汇总）或 .html（可打印）
  --jobs N     同时检查的文件数（默认：CPU 核数；1 = 逐个检查）；输出与逐个检查完全相同
  --quiet, -q  不显示进度条（进度条只在终端上、且未用 --json 时显示）
  --sheet 名称 只检查该工作表（默认：所有可见工作表）
  -o 输出文件  fix 的输出 .xlsx（不能是输入文件本身）
  --highlight  fix 时把有错误的单元格填红（FFC7CE）、警告填黄（FFEB9C），并加批注说明
  --lang zh|en 输出语言（默认中文）
  --verbose    check 时在每条问题旁显示问题代码（见 docs/rules/）
  --targets 文件  与该文件中的绩效目标申报表 / 执行监控表核对（工作簿中自带的目标表总会核对；见 docs/targets.md）

${deploymentHelp("zh")}

退出码：0 无错误；1 发现错误；2 用法错误或有文件无法读取（其余文件照常检查、报告照常写出）；
        3 没有找到任何自评表
`,
  en: `jxzp — performance self-evaluation form checker (项目支出绩效自评表, .xlsx)

Usage:
  jxzp check FILE|DIR... [--json] [--report OUT.xlsx|OUT.html] [--jobs N] [--quiet]
             [--sheet NAME] [--lang zh|en] [--verbose] [--targets FILE]${USAGE_OPTIONS_EN}
  jxzp fix FILE.xlsx -o OUT.xlsx [--highlight] [--sheet NAME] [--lang zh|en]
           [--targets FILE]${USAGE_OPTIONS_EN}
  jxzp --help | --version

Commands:
  check        check every form: budget rate and score, indicator scores, weights, total, grade;
               a folder is searched recursively for workbooks (hidden and ~$ lock files skipped)
  fix          write the recomputed cells (rate, balance, scores, total, grade) to another file;
               the input file is never changed

Options:
  --json       print the JSON report (version 1)
  --report OUT also write a batch report: .xlsx (a row per form, findings, cross-form flags,
               summary) or .html (printable)
  --jobs N     files checked at once (default: the CPU count; 1 = one after another); the output
               is the same as a one-by-one run
  --quiet, -q  no progress bar (shown only on a terminal and without --json)
  --sheet NAME check only this sheet (default: every visible sheet)
  -o OUT       the output .xlsx of fix (never the input itself)
  --highlight  with fix: fill error cells red (FFC7CE), warnings yellow (FFEB9C), add a note
  --lang zh|en output language (default Chinese)
  --verbose    with check: show each finding's code (see docs/rules/)
  --targets FILE  compare with the target forms (申报表 / 执行监控表) in FILE (those in the
               workbook itself are always compared; see docs/targets.md)

${deploymentHelp("en")}

Exit codes: 0 no errors; 1 errors found; 2 usage error or an unreadable file (the other files
            are still checked and the report still written); 3 no 自评表 found at all
`,
};
