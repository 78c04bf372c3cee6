// Every string the task pane shows, in zh-CN (default) and English; findings bring their own messages.
import type { Lang } from "../core";
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
