// Every string the task pane shows, in zh-CN (default) and English; findings bring their own messages.
import { plural, type Lang } from "../core";
import type { ActionKind } from "../excel/port";

export type { Lang };
export type ChangeLang = (lang: Lang) => void;

export interface PaneStrings {
  title: string;
  toolbarLabel: string;
  actions: Record<ActionKind, string>;
  busy: Record<ActionKind, string>;
  scopeLabel: string;
  scopeSheet: string;
  scopeWorkbook: string;
  languageToggle: string;
  languageToggleLabel: string;
  emptyState: string;
  fromRibbon: string;
  errorTitle: string;
  unexpectedError: string;
  dismiss: string;
  findingsTitle: string;
  noFindings: string;
  goToCell: string;
  formsTitle: string;
  noForms: string;
  project: string;
  profile: string;
  budget: string;
  planned: string;
  executed: string;
  rate: string;
  weight: string;
  score: string;
  budgetScore: string;
  entered: string;
  computed: string;
  indicator: string;
  method: string;
  breakdown: string;
  total: string;
  grade: string;
  notComputed: string;
  mismatch: string;
  indicatorTableLabel: string;
  tooltips: Record<ActionKind, string>;
  marksToggle: string;
  settings: string;
  settingsTitle: string;
  profileAuto: string;
  gradeBands: string;
  gradeBandsHint: string;
  gradeBandsInvalid: string;
  showCodes: string;
  settingsSaved: string;
  verdictPass: string;
  verdictPassWarnings: (n: number) => string;
  verdictWarn: (n: number) => string;
  verdictFail: (n: number) => string;
  /** `action`: the host's button that writes the fixes; null where this host cannot write the file. */
  verdictFix: (auto: number, manual: number, action: string | null) => string;
  verdictWarnNext: string;
  verdictFailNext: string;
  noFormTitle: string;
  noFormBody: string;
  noFormWorkbook: string;
  checkWorkbook: string;
  tagAuto: string;
  tagManual: string;
  sheetLevel: string;
  moreCells: (n: number) => string;
  notes: (n: number) => string;
  details: string;
  changesTitle: (n: number) => string;
  changesHint: string;
  before: string;
  after: string;
  blank: string;
  marksBanner: (n: number) => string;
  staleTitle: string;
  staleBody: string;
  recheck: string;
  restoreOthers: (n: number) => string;
  clearNow: string;
  compactLine: (weight: string, entered: string, computed: string) => string;
  deducted: string;
  missing: string;
}

const zh: PaneStrings = {
  title: "绩效自评助手",
  toolbarLabel: "操作",
  actions: { check: "检查", recompute: "重新计算并写入", clear: "清除标记", undo: "撤销" },
  busy: {
    check: "正在检查…",
    recompute: "正在重新计算并写入…",
    clear: "正在清除标记…",
    undo: "正在撤销…",
  },
  scopeLabel: "范围",
  scopeSheet: "本表",
  scopeWorkbook: "全部工作表",
  languageToggle: "English",
  languageToggleLabel: "Switch to English",
  emptyState: "点击“检查”核对当前工作表中的项目支出绩效自评表。",
  fromRibbon: "功能区“一键重算”的结果",
  errorTitle: "无法完成操作",
  unexpectedError: "发生意外错误",
  dismiss: "关闭",
  findingsTitle: "问题",
  noFindings: "未发现问题。",
  goToCell: "定位到",
  formsTitle: "自评表",
  noForms: "未找到自评表。",
  project: "项目名称",
  profile: "表样",
  budget: "预算执行",
  planned: "全年预算数",
  executed: "全年执行数",
  rate: "执行率",
  weight: "分值",
  score: "得分",
  budgetScore: "预算执行得分",
  entered: "填报",
  computed: "计算",
  indicator: "绩效指标",
  method: "计分方法",
  breakdown: "其中",
  total: "总分",
  grade: "等级",
  notComputed: "—",
  mismatch: "不一致",
  indicatorTableLabel: "指标得分：填报与计算",
  tooltips: {
    check: "读取本表（或全部工作表），列出问题并按“标记单元格”开关标出问题单元格；不改动任何值",
    recompute:
      "只写入计算单元格：执行率、结转结余、预算执行率得分、定量指标得分、总分、等级；不改动填报内容与公式，可撤销",
    clear: "恢复被标记单元格原来的填充色（按所选范围）",
    undo: "撤销上一次“重新计算并写入”写入的单元格",
  },
  marksToggle: "标记单元格",
  settings: "设置",
  settingsTitle: "检查设置（保存在本工作簿中）",
  profileAuto: "自动识别",
  gradeBands: "等级分数线（优 / 良 / 中）",
  gradeBandsHint: "默认 90 / 80 / 60；低于“中”为差",
  gradeBandsInvalid: "分数线须在 0–100 之间且逐级降低",
  showCodes: "显示问题代码",
  settingsSaved: "设置已保存，下次检查生效",
  verdictPass: "未发现错误，可以打印",
  verdictPassWarnings: (n) => `未发现错误，可以打印；${n} 个警告建议核实`,
  verdictWarn: (n) => `未发现错误；${n} 个计算单元格未能自动写入，请核实后再打印`,
  verdictFail: (n) => `发现 ${n} 个错误，更正后再打印`,
  verdictFix: (auto, manual, action) => {
    const fix = action ? `可点“${action}”自动更正` : "可由重新计算自动更正（在 Excel 或 WPS 中）";
    return auto && manual
      ? `${auto} 处${fix}，${manual} 处需手工处理。`
      : auto
        ? `全部 ${auto} 处${fix}。`
        : `${manual} 处需手工处理（重新计算不能更正）。`;
  },
  verdictWarnNext: "逐条核实下列各项；点击一条即可定位到单元格。",
  verdictFailNext: "点击一条问题即可定位到单元格。",
  noFormTitle: "本表没有找到自评表",
  noFormBody:
    "检查程序按表头识别自评表：资金表头要有“全年预算数”（或“预算数”）和“全年执行数”（或“执行数”），绩效指标表头要有“一级指标”和“三级指标”，并有“总分”行。",
  noFormWorkbook: "整个工作簿都没有找到自评表",
  checkWorkbook: "检查全部工作表",
  tagAuto: "可自动更正",
  tagManual: "需手工处理",
  sheetLevel: "表外问题",
  moreCells: (n) => `共 ${n} 处`,
  notes: (n) => `${n} 条提示（不影响打印）`,
  details: "表格明细：预算执行、指标得分、总分与等级",
  changesTitle: (n) => `已写入 ${n} 个单元格`,
  changesHint: "点击一行定位到单元格；可用“撤销”恢复原值",
  before: "原值",
  after: "新值",
  blank: "（空）",
  marksBanner: (n) => `已标记 ${n} 个单元格——打印前请点清除标记`,
  staleTitle: "工作表已修改",
  staleBody: "下面的结果是修改前的，可能已过时。",
  recheck: "重新检查",
  restoreOthers: (n) => `恢复其余 ${n} 个单元格`,
  clearNow: "立即清除",
  compactLine: (weight, entered, computed) => `分值 ${weight} · 填报 ${entered} → 应为 ${computed}`,
  deducted: "扣分",
  missing: "未填",
};

const en: PaneStrings = {
  title: "Performance self-evaluation assistant",
  toolbarLabel: "Actions",
  actions: { check: "Check", recompute: "Recompute and write", clear: "Clear marks", undo: "Undo" },
  busy: {
    check: "Checking…",
    recompute: "Recomputing and writing…",
    clear: "Clearing marks…",
    undo: "Undoing…",
  },
  scopeLabel: "Scope",
  scopeSheet: "This sheet",
  scopeWorkbook: "All worksheets",
  languageToggle: "中文",
  languageToggleLabel: "切换到中文",
  emptyState: "Click Check to verify the performance self-evaluation forms on the active sheet.",
  fromRibbon: "Result of the ribbon's one-click recompute",
  errorTitle: "The action could not be completed",
  unexpectedError: "Unexpected error",
  dismiss: "Dismiss",
  findingsTitle: "Findings",
  noFindings: "No findings.",
  goToCell: "Go to",
  formsTitle: "Forms",
  noForms: "No self-evaluation form found.",
  project: "Project",
  profile: "Template",
  budget: "Budget execution",
  planned: "Full-year budget",
  executed: "Full-year spending",
  rate: "Execution rate",
  weight: "Weight",
  score: "Score",
  budgetScore: "Budget score",
  entered: "Entered",
  computed: "Computed",
  indicator: "Indicator",
  method: "Method",
  breakdown: "of which",
  total: "Total",
  grade: "Grade",
  notComputed: "—",
  mismatch: "mismatch",
  indicatorTableLabel: "Indicator scores: entered vs computed",
  tooltips: {
    check:
      "Reads this sheet (or all worksheets), lists the problems and, with Mark cells on, marks their cells; changes no value",
    recompute:
      "Writes computed cells only: execution rate, balance, budget score, quantitative indicator scores, total, grade; never entered data or formulas; can be undone",
    clear: "Restores the original fill of the marked cells (in the chosen scope)",
    undo: "Undoes the cells written by the last Recompute and write",
  },
  marksToggle: "Mark cells",
  settings: "Settings",
  settingsTitle: "Check settings (saved in this workbook)",
  profileAuto: "Detect",
  gradeBands: "Grade thresholds (优 / 良 / 中)",
  gradeBandsHint: "Default 90 / 80 / 60; below 中 is 差",
  gradeBandsInvalid: "Thresholds must be within 0–100 and decreasing",
  showCodes: "Show finding codes",
  settingsSaved: "Settings saved; they apply from the next check",
  verdictPass: "No errors: ready to print",
  verdictPassWarnings: (n) => `No errors: ready to print; ${plural(n, "warning")} to verify`,
  verdictWarn: (n) =>
    `No errors; ${plural(n, "computed cell")} could not be written: verify before printing`,
  verdictFail: (n) => `${plural(n, "error")} found: correct before printing`,
  verdictFix: (auto, manual, action) => {
    const by = action ?? "a recompute (in Excel or WPS)";
    return auto && manual
      ? `${auto} can be fixed by ${by}; ${manual} must be fixed by hand.`
      : auto
        ? `All ${auto} can be fixed by ${by}.`
        : `${manual} must be fixed by hand.`;
  },
  verdictWarnNext: "Verify each item below; click one to go to its cell.",
  verdictFailNext: "Click a problem to go to its cell.",
  noFormTitle: "No self-evaluation form on this sheet",
  noFormBody:
    "The checker finds a form by its headers: a funding header with 全年预算数 (or 预算数) and 全年执行数 (or 执行数), an indicator header with 一级指标 and 三级指标, and a 总分 row.",
  noFormWorkbook: "No self-evaluation form in the whole workbook",
  checkWorkbook: "Check all worksheets",
  tagAuto: "Auto-fixable",
  tagManual: "Fix by hand",
  sheetLevel: "Outside any form",
  moreCells: (n) => `${n} cells`,
  notes: (n) => `${plural(n, "note")} (do not affect printing)`,
  details: "Form details: budget, indicator scores, total and grade",
  changesTitle: (n) => `Wrote ${plural(n, "cell")}`,
  changesHint: "Click a row to go to its cell; Undo restores the old values",
  before: "Old",
  after: "New",
  blank: "(blank)",
  marksBanner: (n) => `${plural(n, "cell")} marked: clear the marks before printing`,
  staleTitle: "The sheet has changed",
  staleBody: "The results below are from before the change and may be out of date.",
  recheck: "Check again",
  restoreOthers: (n) => `Restore the other ${plural(n, "cell")}`,
  clearNow: "Clear now",
  compactLine: (weight, entered, computed) =>
    `weight ${weight} · entered ${entered} → should be ${computed}`,
  deducted: "points lost",
  missing: "blank",
};

export const strings: Record<Lang, PaneStrings> = { zh, en };

/**
 * zh-CN for any Chinese Office display language (`zh-CN`, `zh-TW`, ...) and when Office does not say;
 * English for every other language.
 */
export function langFromDisplayLanguage(tag: string | null | undefined): Lang {
  if (!tag) return "zh";
  return /^zh\b/i.test(tag) ? "zh" : "en";
}

/** The grade as entered (优/良/中/差), with its English name when the pane is in English. */
