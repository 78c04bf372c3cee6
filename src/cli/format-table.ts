// The human-readable `jxzp check` report: per form a budget line, an indicator table, total, grade, findings.
import {
  SEVERITIES,
  compareScore,
  formatMoney,
  formatNumber,
  formatPercent,
  gradeWord,
  methodWord,
  plural,
  countsText,
  severityWord,
  type FileReport,
  type Finding,
  type FormReport,
  type IndicatorReport,
  type Lang,
  type LocalizedText,
  type Severity,
  type Summary,
} from "../core";
import { displayWidth, pad, truncate, wrap } from "./display-width";

export interface FormatOptions {
  lang: Lang;
  color: boolean;
  /**
   * Terminal columns. Below COMPACT_BELOW the indicator table becomes two lines per indicator
   * (no 一级/二级 columns) and long lines wrap with a hanging indent; undefined = no wrapping.
   */
  width?: number;
  /** Finding codes beside each finding (`--verbose`); undefined shows them, as before the flag. */
  verbose?: boolean;
}

/** Narrower than this, the ten-column indicator table does not fit: indicators go two lines each. */
export const COMPACT_BELOW = 110;

function compact(opts: FormatOptions): boolean {
  return opts.width !== undefined && opts.width < COMPACT_BELOW;
}

/** `text` after `prefix`, wrapped to the terminal with continuation lines under its start. */
function hanging(prefix: string, text: string, opts: FormatOptions, indent?: number): string[] {
  if (opts.width === undefined) return [prefix + text];
  // Leading spaces of the text belong to the prefix (wrap drops spaces at a line start).
  const spaces = /^\s*/.exec(text)?.[0] ?? "";
  prefix += spaces;
  text = text.slice(spaces.length);
  const lead = displayWidth(prefix);
  const lines = wrap(text, opts.width, indent ?? lead, lead);
  return [prefix + lines[0], ...lines.slice(1)];
}

const L = {
  file: { zh: "文件", en: "File" },
  form: { zh: "表", en: "Form" },
  project: { zh: "项目", en: "project" },
  profile: { zh: "模板", en: "profile" },
  budget: { zh: "预算执行", en: "Budget" },
  planned: { zh: "预算", en: "planned" },
  executed: { zh: "执行", en: "executed" },
  rate: { zh: "执行率", en: "rate" },
  weight: { zh: "权重", en: "weight" },
  entered: { zh: "填报得分", en: "entered" },
  computed: { zh: "计算得分", en: "computed" },
  total: { zh: "总分", en: "Total" },
  grade: { zh: "等级", en: "Grade" },
  enteredShort: { zh: "填报", en: "entered" },
  computedShort: { zh: "计算", en: "computed" },
  noGradeCell: { zh: "表中无等级单元格", en: "no grade cell on the form" },
  expected: { zh: "应为", en: "expected" },
  actual: { zh: "填报", en: "entered" },
  noForms: { zh: "未找到自评表", en: "no self-evaluation form found" },
  sheetFindings: { zh: "表外发现", en: "Findings outside any form" },
  skipped: { zh: "已跳过隐藏工作表", en: "hidden sheets skipped" },
} satisfies Record<string, LocalizedText>;

const HEADERS: LocalizedText[] = [
  { zh: "单元格", en: "Cell" },
  { zh: "一级指标", en: "Level 1" },
  { zh: "二级指标", en: "Level 2" },
  { zh: "三级指标", en: "Indicator" },
  { zh: "指标值", en: "Target" },
  { zh: "实际值", en: "Actual" },
  { zh: "分值", en: "Weight" },
  { zh: "方法", en: "Method" },
  { zh: "填报", en: "Entered" },
  { zh: "计算", en: "Computed" },
  { zh: "", en: "" },
];
const MAX_WIDTH = [8, 10, 18, 26, 18, 18, 7, 10, 8, 8, 2];
const RIGHT_ALIGNED = new Set([6, 8, 9]);

const SEVERITY_COLOR: Record<Severity, string> = { error: "31", warning: "33", info: "36" };

const DASH = "-";

function paint(text: string, code: string, opts: FormatOptions): string {
  return opts.color && text ? `\u001b[${code}m${text}\u001b[0m` : text;
}

function show(value: string | null | undefined): string {
  return value === null || value === undefined || value === "" ? DASH : value;
}

/** A number as the kit shows it, `-` when blank. */
function num(value: string | null | undefined): string {
  return formatNumber(value) ?? DASH;
}

/** ` ≠` after a computed value the entered one differs from (a blank entry is missing, not ≠). */
function mark(entered: string | null, computed: string | null): string {
  return compareScore(entered, computed) === "differs" ? " ≠" : "";
}

function grade(value: string | null, lang: Lang): string {
  return value === null || value === "" ? DASH : gradeWord(value, lang);
}

function indicatorRow(ind: IndicatorReport, lang: Lang): string[] {
  const name = ind.breakdown ? "  " + ind.name : ind.name;
  return [
    ind.cell,
    ind.level1,
    ind.level2,
    name,
    show(ind.target),
    show(ind.actual),
    num(ind.weight),
    ind.breakdown ? DASH : methodWord(ind.method, lang),
    num(ind.entered),
    ind.breakdown ? DASH : num(ind.computed),
    !ind.breakdown && compareScore(ind.entered, ind.computed) === "differs" ? "≠" : "",
  ];
}

/**
 * One indicator in two lines for a narrow terminal: cell and name, then target → actual, weight,
 * method, entered → computed (≠ when they differ); both wrap under their own start.
 */
function indicatorLines(ind: IndicatorReport, opts: FormatOptions): string[] {
  const { lang } = opts;
  const name = `${ind.breakdown ? (lang === "zh" ? "其中：" : "of which: ") : ""}${ind.name}`;
  const scores = ind.breakdown
    ? ""
    : ` · ${L.enteredShort[lang]} ${num(ind.entered)} → ${L.computedShort[lang]} ${num(ind.computed)}` +
      mark(ind.entered, ind.computed);
  const detail =
    `${show(ind.target)} → ${show(ind.actual)} · ${L.weight[lang]} ${num(ind.weight)}` +
    (ind.breakdown ? "" : ` · ${methodWord(ind.method, lang)}`) +
    scores;
  return [...hanging(`  ${pad(ind.cell, 6)}`, name, opts), ...hanging("          ", detail, opts)];
}

/** Rows laid out in columns whose widths count CJK characters as two. */
export function formatColumns(rows: string[][], maxWidth: number[], right: Set<number>): string[] {
  const cut = rows.map((row) => row.map((cell, i) => truncate(cell, maxWidth[i] ?? 40)));
  const widths = cut[0].map((_c, i) => Math.max(...cut.map((row) => displayWidth(row[i] ?? ""))));
  return cut.map((row) =>
    row
      .map((cell, i) => pad(cell, widths[i], right.has(i) ? "right" : "left"))
      .join("  ")
      .trimEnd()
  );
}

function findingLines(f: Finding, opts: FormatOptions, withSheet: boolean): string[] {
  const where = withSheet ? `${f.sheet}!${f.cell}` : f.cell;
  const parts: string[] = [];
  if (f.expected !== undefined) parts.push(`${L.expected[opts.lang]} ${f.expected}`);
  if (f.actual !== undefined) parts.push(`${L.actual[opts.lang]} ${f.actual}`);
  const sep = opts.lang === "zh" ? "，" : ", ";
  const tail = parts.length
    ? opts.lang === "zh"
      ? `（${parts.join(sep)}）`
      : ` (${parts.join(sep)})`
    : "";
  const code = opts.verbose === false ? "" : `${paint(f.code, SEVERITY_COLOR[f.severity], opts)}  `;
  return hanging(`    ${pad(where, 6)}  ${code}`, `${f.message[opts.lang]}${tail}`, opts, 12);
}

/** Findings grouped under 错误 / 警告 / 提示 headings, in the core's order within a group. */
export function formatFindings(
  findings: Finding[],
  opts: FormatOptions,
  withSheet = false
): string[] {
  const out: string[] = [];
  for (const severity of SEVERITIES) {
    const group = findings.filter((f) => f.severity === severity);
    if (group.length === 0) continue;
    const title = `${severityWord(severity, opts.lang)} (${group.length})`;
    out.push("  " + paint(title, "1;" + SEVERITY_COLOR[severity], opts));
    for (const f of group) out.push(...findingLines(f, opts, withSheet));
  }
  return out;
}

function formatForm(form: FormReport, index: number, opts: FormatOptions): string[] {
  const { lang } = opts;
  const sep = lang === "zh" ? "：" : ": ";
  const out: string[] = [];
  const head = `${L.form[lang]} ${index + 1}${sep}${form.sheet}!${form.range}`;
  out.push(
    ...hanging(
      paint(head, "1", opts),
      `  ${L.project[lang]}${sep}${form.project || DASH}  ${L.profile[lang]}${sep}${form.profile}`,
      opts,
      2
    )
  );
  const b = form.budget;
  out.push(
    ...hanging(
      `  ${L.budget[lang]} ${b.cell}${sep}`,
      [
        `${L.planned[lang]} ${formatMoney(b.planned) ?? DASH}`,
        `${L.executed[lang]} ${formatMoney(b.executed) ?? DASH}`,
        `${L.rate[lang]} ${formatPercent(b.rate) ?? DASH}`,
        `${L.weight[lang]} ${num(b.weight)}`,
        `${L.entered[lang]} ${num(b.entered)}`,
        `${L.computed[lang]} ${num(b.computed)}${mark(b.entered, b.computed)}`,
      ].join("  "),
      opts,
      4
    )
  );
  if (form.indicators.length > 0 && compact(opts)) {
    out.push(...form.indicators.flatMap((i) => indicatorLines(i, opts)));
  } else if (form.indicators.length > 0) {
    const rows = [
      HEADERS.map((h) => h[lang]),
      ...form.indicators.map((i) => indicatorRow(i, lang)),
    ];
    const lines = formatColumns(rows, MAX_WIDTH, RIGHT_ALIGNED);
    out.push("  " + paint(lines[0], "2", opts));
    for (const line of lines.slice(1)) out.push("  " + line);
  }
  const t = form.total;
  const totalText =
    `  ${L.total[lang]} ${t.cell}${sep}${L.enteredShort[lang]} ${num(t.entered)}  ` +
    `${L.computedShort[lang]} ${num(t.computed)}${mark(t.entered, t.computed)}`;
  const g = form.grade;
  const gradeText = g
    ? `${L.grade[lang]} ${g.cell}${sep}${L.enteredShort[lang]} ${grade(g.entered, lang)}  ` +
      `${L.computedShort[lang]} ${grade(g.computed, lang)}${mark(g.entered, g.computed)}`
    : `${L.grade[lang]}${sep}${L.computedShort[lang]} ${grade(form.computedGrade, lang)}（${L.noGradeCell[lang]}）`;
  if (compact(opts)) out.push(totalText, `  ${gradeText}`);
  else out.push(`${totalText}    ${gradeText}`);
  out.push(...formatFindings(form.findings, opts));
  return out;
}

export interface FileView {
  report: FileReport;
  /** Hidden sheets not checked (named only when there are any). */
  skippedSheets?: string[];
}

/** One file's part of the report; an unreadable file is one line. */
export function formatFile(view: FileView, opts: FormatOptions): string {
  const { report } = view;
  const { lang } = opts;
  const sep = lang === "zh" ? "：" : ": ";
  const out: string[] = [paint(`${L.file[lang]}${sep}${report.file}`, "1", opts)];
  if (report.error) {
    out.push("  " + paint(report.error.message[lang], "31", opts));
    return out.join("\n");
  }
  report.forms.forEach((form, i) => {
    if (i > 0) out.push("");
    out.push(...formatForm(form, i, opts));
  });
  const extra = report.findings ?? [];
  if (report.forms.length === 0) out.push(`  ${L.noForms[lang]}`);
  if (extra.length > 0) {
    out.push(`  ${L.sheetFindings[lang]}`);
    out.push(...formatFindings(extra, opts, true));
  }
  if (view.skippedSheets && view.skippedSheets.length > 0) {
    out.push(`  ${L.skipped[lang]}${sep}${view.skippedSheets.join(lang === "zh" ? "、" : ", ")}`);
  }
  return out.join("\n");
}

/** `共 N 个文件，M 张表：X 个错误，Y 个警告，Z 个提示` (plus the unreadable count when any). */
export function formatSummary(summary: Summary, unreadable: number, lang: Lang): string {
  if (lang === "zh") {
    const base = `共 ${summary.files} 个文件，${summary.forms} 张表：${countsText(summary, lang)}`;
    return unreadable > 0 ? `${base}；${unreadable} 个文件无法读取` : base;
  }
  const base =
    `${plural(summary.files, "file")}, ${plural(summary.forms, "form")}: ` +
    countsText(summary, lang);
  return unreadable > 0 ? `${base}; ${unreadable} unreadable` : base;
}
