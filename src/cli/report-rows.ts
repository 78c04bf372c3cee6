// The batch report as tables (docs/batch-report.md): one row per form, one per finding, one per
// form a cross-form flag concerns, and the summary. The .xlsx and the .html writers render these.
import {
  asDecimal,
  DEPLOYMENT_OPTIONS,
  optionValue,
  severityCounts,
  type BatchFinding,
  type EvaluateOptions,
  type FileReport,
  type Finding,
  type FormReport,
  type Lang,
  type LocalizedText,
  type Severity,
} from "../core";
import type { CheckedView } from "./check-file";
import { skippedLines, type Skipped } from "./inputs";
import { allFindings } from "./report";

/** How a cell is shown: text as is, a number, a fraction as a percent, a count. */
export type ColumnKind = "text" | "wrap" | "number" | "percent" | "count";

export interface Column {
  header: LocalizedText;
  kind: ColumnKind;
}

export type Cell = string | number | null;

export interface Table {
  /** The sheet's name (and the HTML section's title). */
  name: LocalizedText;
  columns: Column[];
  rows: Cell[][];
}

export interface BatchReport {
  lang: Lang;
  /** Label / value lines: counts, options, skipped entries. */
  summary: [string, string][];
  forms: Table;
  findings: Table;
  flags: Table;
}

export interface ReportInput {
  views: CheckedView[];
  batch: BatchFinding[];
  skipped: Skipped[];
  evaluate: EvaluateOptions;
  sheet?: string;
  version: string;
  lang: Lang;
}

const t = (zh: string, en: string): LocalizedText => ({ zh, en });
const col = (zh: string, en: string, kind: ColumnKind = "text"): Column => ({
  header: t(zh, en),
  kind,
});

export const SEVERITY_WORDS: Record<Severity, LocalizedText> = {
  error: t("错误", "error"),
  warning: t("警告", "warning"),
  info: t("提示", "info"),
};

const STATUS = {
  checked: t("已检查", "checked"),
  partly: t("部分工作表无法读取", "some sheets unreadable"),
  noForm: t("未找到自评表", "no form found"),
  unreadable: t("无法读取", "unreadable"),
};

export const FORM_COLUMNS: Column[] = [
  col("文件", "File"),
  col("工作表", "Sheet"),
  col("范围", "Range"),
  col("状态", "Status"),
  col("单位", "Unit"),
  col("项目", "Project", "wrap"),
  col("全年预算数", "Annual budget", "number"),
  col("全年执行数", "Executed", "number"),
  col("执行率", "Rate", "percent"),
  col("总分（填报）", "Total entered", "number"),
  col("总分（计算）", "Total computed", "number"),
  col("等级（填报）", "Grade entered"),
  col("等级（计算）", "Grade computed"),
  col("错误", "Errors", "count"),
  col("警告", "Warnings", "count"),
  col("提示", "Infos", "count"),
  col("首个问题", "First problem", "wrap"),
];

export const FINDING_COLUMNS: Column[] = [
  col("文件", "File"),
  col("工作表", "Sheet"),
  col("单元格", "Cell"),
  col("代码", "Code"),
  col("级别", "Severity"),
  col("说明", "说明 (zh)", "wrap"),
  col("Message (en)", "Message", "wrap"),
];

export const FLAG_COLUMNS: Column[] = [
  col("序号", "No.", "count"),
  col("代码", "Code"),
  col("级别", "Severity"),
  col("说明", "Message", "wrap"),
  col("文件", "File"),
  col("工作表", "Sheet"),
  col("单元格", "Cell"),
  col("单位", "Unit"),
  col("项目", "Project", "wrap"),
];

/** A decimal string as a number for the sheet; text that is not a number stays text. */
function numeric(value: string | null): Cell {
  if (value === null || value === "") return null;
  const d = asDecimal(value);
  return d ? d.toNumber() : value;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** The most serious finding first, in report order among equals; null when none is an error or warning. */
function firstProblem(findings: Finding[]): Finding | null {
  let best: Finding | null = null;
  for (const f of findings) {
    if (f.severity === "info") continue;
    if (!best || RANK[f.severity] < RANK[best.severity]) best = f;
  }
  return best;
}

const located = (f: Finding, lang: Lang): string => `${f.sheet}!${f.cell} ${f.message[lang]}`;

function formRow(file: string, form: FormReport, status: LocalizedText, lang: Lang): Cell[] {
  const counts = severityCounts(form.findings);
  const first = firstProblem(form.findings);
  return [
    file,
    form.sheet,
    form.range,
    status[lang],
    form.unit || form.department || "",
    form.project,
    numeric(form.budget.planned),
    numeric(form.budget.executed),
    numeric(form.budget.rate),
    numeric(form.total.entered),
    numeric(form.total.computed),
    form.grade?.entered ?? "",
    form.computedGrade ?? "",
    counts.errors,
    counts.warnings,
    counts.infos,
    first ? located(first, lang) : "",
  ];
}

/** A file without forms: unreadable, or read with no 自评表 on any sheet. */
function fileRow(report: FileReport, lang: Lang): Cell[] {
  const sheetFindings = report.findings ?? [];
  const counts = severityCounts(sheetFindings);
  const status = report.error ? STATUS.unreadable : STATUS.noForm;
  const why = report.error
    ? report.error.message[lang]
    : sheetFindings.length
      ? located(sheetFindings[0], lang)
      : "";
  const blank = Array<Cell>(9).fill(null);
  return [
    report.file,
    "",
    "",
    status[lang],
    ...blank,
    counts.errors,
    counts.warnings,
    counts.infos,
    why,
  ];
}

function formRows(views: CheckedView[], lang: Lang): Cell[][] {
  const rows: Cell[][] = [];
  for (const v of views) {
    const r = v.report;
    if (r.forms.length === 0) {
      rows.push(fileRow(r, lang));
      continue;
    }
    const status = (v.failedSheets ?? []).length > 0 ? STATUS.partly : STATUS.checked;
    for (const form of r.forms) rows.push(formRow(r.file, form, status, lang));
  }
  return rows;
}

function findingRows(views: CheckedView[], lang: Lang): Cell[][] {
  const rows: Cell[][] = [];
  for (const v of views) {
    const r = v.report;
    if (r.error) {
      rows.push([
        r.file,
        "",
        "",
        r.error.code,
        SEVERITY_WORDS.error[lang],
        r.error.message.zh,
        r.error.message.en,
      ]);
    }
    for (const s of v.failedSheets ?? []) {
      rows.push([
        r.file,
        s.name,
        "",
        "SHEET_UNREADABLE",
        SEVERITY_WORDS.error[lang],
        s.message.zh,
        s.message.en,
      ]);
    }
    for (const f of allFindings(r)) {
      rows.push([
        r.file,
        f.sheet,
        f.cell,
        f.code,
        SEVERITY_WORDS[f.severity][lang],
        f.message.zh,
        f.message.en,
      ]);
    }
  }
  return rows;
}

function flagRows(batch: BatchFinding[], lang: Lang): Cell[][] {
  return batch.flatMap((b, i) =>
    b.forms.map((f) => [
      i + 1,
      b.code,
      SEVERITY_WORDS[b.severity][lang],
      b.message[lang],
      f.file,
      f.sheet,
      f.cell,
      f.unit,
      f.project,
    ])
  );
}

/** The deployment options in effect, as `label: value` (defaults included, so a reader knows them). */
export function optionLines(options: EvaluateOptions, lang: Lang): string[] {
  return DEPLOYMENT_OPTIONS.map((o) => {
    const v = optionValue(options, o.id);
    const shown = Array.isArray(v) ? v.join("/") : String(v);
    return `${o.label[lang]}${lang === "zh" ? "：" : ": "}${shown}`;
  });
}

function summaryLines(input: ReportInput): [string, string][] {
  const { views, batch, lang } = input;
  const reports = views.map((v) => v.report);
  const zh = lang === "zh";
  const L = (a: string, b: string) => (zh ? a : b);
  const counts = severityCounts(reports.flatMap(allFindings));
  const unreadable = reports.filter((r) => r.error !== null).length;
  const noForm = reports.filter((r) => r.error === null && r.forms.length === 0).length;
  const partly = views.filter((v) => (v.failedSheets ?? []).length > 0).length;
  const lines: [string, string][] = [
    [L("工具", "Tool"), `jxzp ${input.version}`],
    [L("文件", "Files"), String(reports.length)],
    [L("自评表", "Forms"), String(reports.reduce((n, r) => n + r.forms.length, 0))],
    [L("无法读取的文件", "Unreadable files"), String(unreadable)],
    [L("部分工作表无法读取的文件", "Files with unreadable sheets"), String(partly)],
    [L("没有自评表的文件", "Files without a form"), String(noForm)],
    [L("错误", "Errors"), String(counts.errors)],
    [L("警告", "Warnings"), String(counts.warnings)],
    [L("提示", "Infos"), String(counts.infos)],
    [L("跨表提示", "Cross-form flags"), String(batch.length)],
  ];
  for (const line of skippedLines(input.skipped, lang))
    lines.push([L("未检查", "Not checked"), line]);
  lines.push([L("工作表", "Sheets"), input.sheet ?? L("所有可见工作表", "every visible sheet")]);
  for (const line of optionLines(input.evaluate, lang)) lines.push([L("选项", "Option"), line]);
  return lines;
}

export function batchReport(input: ReportInput): BatchReport {
  const { lang } = input;
  return {
    lang,
    summary: summaryLines(input),
    forms: { name: t("各表", "Forms"), columns: FORM_COLUMNS, rows: formRows(input.views, lang) },
    findings: {
      name: t("问题明细", "Findings"),
      columns: FINDING_COLUMNS,
      rows: findingRows(input.views, lang),
    },
    flags: {
      name: t("跨表提示", "Cross-form"),
      columns: FLAG_COLUMNS,
      rows: flagRows(input.batch, lang),
    },
  };
}

/** The summary as a fourth table (the .xlsx writes it as its 汇总 sheet). */
export function summaryTable(report: BatchReport): Table {
  return {
    name: t("汇总", "Summary"),
    columns: [col("项目", "Item"), col("内容", "Value", "wrap")],
    rows: report.summary.map(([k, v]) => [k, v]),
  };
}
