// Every sentence the offline page adds to the pane's words, in zh-CN (first) and English.
import type { Lang, LocalizedText } from "../../core";

const t = (zh: string, en: string): LocalizedText => ({ zh, en });

/** Sentences that the page's logic modules return as data (refusals, reasons). */
export const webText = {
  internal: (reason: string): LocalizedText =>
    t(
      `检查时发生内部错误（${reason}），请把此文件反馈给开发者`,
      `internal error while checking (${reason}); please report this file`
    ),
  fixUnreadable: t(
    "文件无法读取，不能生成更正后的工作簿",
    "the file could not be read, so no fixed copy can be made"
  ),
  fixLegacy: t(
    "更正后的工作簿只能以 .xlsx / .xlsm 格式写出：.xls / .et / .ods 文件请先在 Excel 或 WPS 中另存为 .xlsx，再拖入本页；检查结果与报告不受影响",
    "the fixed workbook can only be written as .xlsx / .xlsm: save this .xls / .et / .ods as .xlsx in Excel or WPS and drop it here again (the check and the report are unaffected)"
  ),
  cannotPatch: (why: string): LocalizedText =>
    t(
      `无法在原文件结构上写入（${why}），未生成文件；检查结果不受影响`,
      `cannot patch this package (${why}); no file was made (checking is unaffected)`
    ),
  skipReason: {
    formula: t("公式单元格（公式不会被改写）", "a formula cell (formulas are never overwritten)"),
    "merged-child": t("合并区域中的非首单元格", "inside a merged area"),
    "no-sheet": t("无此工作表", "no such sheet"),
  },
};

/** The page's own interface words (the pane's components bring theirs from src/taskpane/i18n.ts). */
export interface PageStrings {
  title: string;
  subtitle: string;
  privacy: string;
  dropHere: string;
  dropHint: string;
  pick: string;
  reading: (done: number, total: number) => string;
  themeLight: string;
  themeDark: string;
  themeLabel: string;
  batchTitle: (n: number) => string;
  colFile: string;
  colForms: string;
  colErrors: string;
  colWarnings: string;
  colGrade: string;
  colStatus: string;
  unreadable: string;
  noForm: string;
  open: string;
  clearList: string;
  settings: string;
  settingsTitle: string;
  settingsNote: string;
  back: string;
  download: string;
  downloadHint: string;
  downloaded: (n: number, name: string) => string;
  nothingToWrite: (name: string) => string;
  afterFix: (errors: number, warnings: number) => string;
  recalc: (n: number) => string;
  skipped: string;
  unchecked: string;
  printReport: string;
  downloadReport: string;
  previewTitle: string;
  previewLabel: (range: string) => string;
  cellFindings: (cell: string) => string;
  noCellFindings: string;
  close: string;
  hiddenSheets: (names: string) => string;
  failedSheets: string;
  legend: string;
  legendError: string;
  legendWarning: string;
  legendInfo: string;
  legendWrite: string;
  willWrite: (value: string) => string;
  /** Report wording. */
  reportTitle: string;
  reportGenerated: (when: string) => string;
  reportFile: string;
  reportNoProblems: string;
  reportProblems: string;
  reportScores: string;
  severity: string;
  cell: string;
  problem: string;
  fixColumn: string;
}

const zh: PageStrings = {
  title: "绩效自评表离线检查",
  subtitle: "绩效自评助手 · 单文件网页版",
  privacy: "文件只在本机浏览器中读取，不会上传或发送到任何地方（本页禁止一切网络连接）。",
  dropHere: "把自评表文件拖到这里",
  dropHint: "可一次选择多个文件：.xlsx、.xlsm、.xls、.et、.ods",
  pick: "选择文件…",
  reading: (done, total) => `正在检查 ${done} / ${total} 个文件…`,
  themeLight: "浅色",
  themeDark: "深色",
  themeLabel: "切换浅色 / 深色",
  batchTitle: (n) => `${n} 个文件的检查结果`,
  colFile: "文件",
  colForms: "表数",
  colErrors: "错误",
  colWarnings: "警告",
  colGrade: "等级（填报 → 计算）",
  colStatus: "结论",
  unreadable: "无法读取",
  noForm: "未找到自评表",
  open: "查看",
  clearList: "清空列表",
  settings: "设置",
  settingsTitle: "检查设置（仅本次打开有效）",
  settingsNote: "修改后立即重新检查列表中的全部文件；关闭页面后恢复默认。",
  back: "返回汇总",
  download: "下载更正后的工作簿",
  downloadHint:
    "只写入计算单元格（执行率、结转结余、预算执行率得分、定量指标得分、总分、等级），不改动任何填报内容和公式。",
  downloaded: (n, name) => `已生成 ${name}：写入 ${n} 个单元格。`,
  nothingToWrite: (name) => `没有需要写入的单元格；${name} 与原文件内容相同。`,
  afterFix: (errors, warnings) =>
    errors === 0
      ? `更正后重新检查：没有错误${warnings ? `，${warnings} 个警告建议核实` : ""}。`
      : `更正后重新检查：仍有 ${errors} 个错误需手工处理${warnings ? `，${warnings} 个警告` : ""}。`,
  recalc: (n) =>
    `工作簿已设置为打开时重新计算：${n} 个公式引用了写入的单元格，请在 Excel / WPS 中打开并保存一次。`,
  skipped: "未写入：",
  unchecked: "以下问题未重新核对（它们读取的公式结果将在打开时重新计算）：",
  printReport: "打印报告",
  downloadReport: "下载报告（HTML）",
  previewTitle: "表格预览",
  previewLabel: (range) => `表格预览 ${range}`,
  cellFindings: (cell) => `${cell} 的问题`,
  noCellFindings: "此单元格没有问题",
  close: "关闭",
  hiddenSheets: (names) => `未检查隐藏的工作表：${names}`,
  failedSheets: "以下工作表无法读取，未检查：",
  legend: "图例：",
  legendError: "错误",
  legendWarning: "警告",
  legendInfo: "提示",
  legendWrite: "重新计算会写入",
  willWrite: (value) => `重新计算写入 ${value}`,
  reportTitle: "绩效自评表检查报告",
  reportGenerated: (when) => `生成时间：${when}（绩效自评助手离线检查页，文件未离开本机）`,
  reportFile: "文件",
  reportNoProblems: "没有发现问题。",
  reportProblems: "问题清单",
  reportScores: "计算得分",
  severity: "级别",
  cell: "单元格",
  problem: "问题",
  fixColumn: "处理",
};

const en: PageStrings = {
  title: "Offline self-evaluation form checker",
  subtitle: "Performance self-evaluation assistant · single-file web page",
  privacy:
    "Files are read in this browser only; nothing is uploaded or sent anywhere (this page forbids every network connection).",
  dropHere: "Drop self-evaluation workbooks here",
  dropHint: "Pick one or many files: .xlsx, .xlsm, .xls, .et, .ods",
  pick: "Choose files…",
  reading: (done, total) => `Checking file ${done} of ${total}…`,
  themeLight: "Light",
  themeDark: "Dark",
  themeLabel: "Switch light / dark",
  batchTitle: (n) => `Results for ${n} file${n === 1 ? "" : "s"}`,
  colFile: "File",
  colForms: "Forms",
  colErrors: "Errors",
  colWarnings: "Warnings",
  colGrade: "Grade (entered → computed)",
  colStatus: "Verdict",
  unreadable: "Unreadable",
  noForm: "No form found",
  open: "Open",
  clearList: "Clear the list",
  settings: "Settings",
  settingsTitle: "Check settings (for this session)",
  settingsNote:
    "A change re-checks every file in the list at once; closing the page restores the defaults.",
  back: "Back to the summary",
  download: "Download the fixed workbook",
  downloadHint:
    "Writes the computed cells only (rate, balance, budget score, quantitative scores, total, grade); never an entered value or a formula.",
  downloaded: (n, name) => `Made ${name}: ${n} cell${n === 1 ? "" : "s"} written.`,
  nothingToWrite: (name) => `Nothing to write; ${name} holds the same content as the original.`,
  afterFix: (errors, warnings) =>
    errors === 0
      ? `Re-check of the fixed workbook: no errors${warnings ? `, ${warnings} warning(s) to verify` : ""}.`
      : `Re-check of the fixed workbook: ${errors} error(s) left to fix by hand${warnings ? `, ${warnings} warning(s)` : ""}.`,
  recalc: (n) =>
    `The workbook recalculates on open: ${n} formula(s) read a written cell; open and save it once in Excel / WPS.`,
  skipped: "Not written:",
  unchecked: "Not re-checked (they read a formula result that is recalculated on open):",
  printReport: "Print the report",
  downloadReport: "Download the report (HTML)",
  previewTitle: "Form preview",
  previewLabel: (range) => `Form preview ${range}`,
  cellFindings: (cell) => `Problems at ${cell}`,
  noCellFindings: "No problem in this cell",
  close: "Close",
  hiddenSheets: (names) => `Hidden sheets not checked: ${names}`,
  failedSheets: "These sheets could not be read and were not checked:",
  legend: "Key:",
  legendError: "error",
  legendWarning: "warning",
  legendInfo: "note",
  legendWrite: "recompute writes it",
  willWrite: (value) => `recompute writes ${value}`,
  reportTitle: "Self-evaluation form check report",
  reportGenerated: (when) =>
    `Made ${when} by the assistant's offline page (the files never left this computer)`,
  reportFile: "File",
  reportNoProblems: "No problems found.",
  reportProblems: "Problems",
  reportScores: "Computed scores",
  severity: "Severity",
  cell: "Cell",
  problem: "Problem",
  fixColumn: "Fix",
};

export const pageStrings: Record<Lang, PageStrings> = { zh, en };
