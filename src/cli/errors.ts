// The CLI's one-line failure messages (zh + en) and the error type that carries them to the exit code.
import type { LocalizedText } from "../core";
import { kindLabel, readMessages, type FileKind, type ReadErrorCode } from "../files";

/** The reader's codes (src/files) plus the CLI's own. */
export type CliErrorCode =
  | ReadErrorCode
  | "USAGE"
  | "FILE_NOT_FOUND"
  | "IS_DIRECTORY"
  | "NOT_REGULAR"
  | "TOO_LARGE"
  | "UNREADABLE"
  | "FIX_NEEDS_XLSX"
  | "SHEET_NOT_FOUND"
  | "OVERWRITE_INPUT"
  | "REPORT_IS_INPUT"
  | "OUTPUT_NOT_XLSX"
  | "OUTPUT_DIR_MISSING"
  | "WRITE_FAILED"
  | "NO_TARGET_FORM"
  | "NO_WORKBOOKS"
  | "INTERNAL";

/** A failure the user must read; `run` turns it into one line on stderr and exit code 2. */
export class CliError extends Error {
  constructor(
    readonly code: CliErrorCode,
    readonly text: LocalizedText
  ) {
    super(text.en);
    this.name = "CliError";
  }
}

export const messages = {
  encrypted: readMessages.encrypted,
  empty: readMessages.empty,
  notFound: (): LocalizedText => ({
    zh: "文件不存在",
    en: "no such file",
  }),
  isDirectory: (): LocalizedText => ({
    zh: "这是一个文件夹，不是 .xlsx 文件",
    en: "this is a directory, not an .xlsx file",
  }),
  unreadable: (reason: string): LocalizedText => ({
    zh: `无法读取文件（${reason}）`,
    en: `cannot read the file (${reason})`,
  }),
  notRegular: (): LocalizedText => ({
    zh: "这不是普通文件（管道、设备或套接字），不读取",
    en: "this is not a regular file (a pipe, device or socket): not read",
  }),
  tooLarge: (bytes: number): LocalizedText => ({
    zh: `文件过大（${Math.round(bytes / 1048576)} MB，上限 512 MB）`,
    en: `the file is too large (${Math.round(bytes / 1048576)} MB, the limit is 512 MB)`,
  }),
  fixNeedsXlsx: (kind: FileKind): LocalizedText => ({
    zh: `fix 只能写回 .xlsx/.xlsm 文件，不能写 ${kindLabel(kind)}；check 可以照常检查此文件。如需修正，请先在 Excel 或 WPS 中另存为 .xlsx`,
    en: `fix writes back only .xlsx/.xlsm files, not ${kindLabel(kind)}; check reads this file as it is. To fix it, save it as .xlsx in Excel or WPS first`,
  }),
  corruptForFix: (reason: string): LocalizedText => ({
    zh: `check 能读取此文件，但 fix 的写入程序无法打开它（${reason}）；原文件未改动`,
    en: `check reads this file, but fix's writer cannot open it (${reason}); the input is unchanged`,
  }),
  noWorksheets: readMessages.noWorksheets,
  sheetNotFound: (name: string, available: string[]): LocalizedText => ({
    zh: `找不到工作表“${name}”（现有：${available.join("、") || "无"}）`,
    en: `no sheet named "${name}" (sheets: ${available.join(", ") || "none"})`,
  }),
  overwriteInput: (): LocalizedText => ({
    zh: "输出文件与输入文件相同：fix 从不修改原文件，请用 -o 指定另一个文件",
    en: "the output is the input file: fix never changes the original, give another file with -o",
  }),
  outputNotXlsx: (): LocalizedText => ({
    zh: "输出文件名必须以 .xlsx 结尾",
    en: "the output file name must end in .xlsx",
  }),
  outputDirMissing: (dir: string): LocalizedText => ({
    zh: `输出文件夹不存在：${dir}（请先建立该文件夹，或换一个输出路径）`,
    en: `the output folder does not exist: ${dir} (create it first, or choose another path)`,
  }),
  reportIsInput: (): LocalizedText => ({
    zh: "--report 的输出文件是本次要检查的输入文件之一：报告从不覆盖输入文件，请换一个文件名",
    en: "the --report file is one of the files to check: a report never overwrites an input, choose another name",
  }),
  reportWritten: (file: string): LocalizedText => ({
    zh: `报告已写入 ${file}`,
    en: `report written to ${file}`,
  }),
  writeFailed: (reason: string): LocalizedText => ({
    zh: `无法写入输出文件（${reason}）`,
    en: `cannot write the output file (${reason})`,
  }),
  internal: (reason: string): LocalizedText => ({
    zh: `内部错误：${reason}（请把该文件反馈给开发者）`,
    en: `internal error: ${reason} (please report it with the file)`,
  }),
};

export const usageErrors = {
  noCommand: (): LocalizedText => ({
    zh: "缺少命令：check 或 fix",
    en: "missing command: check or fix",
  }),
  unknownCommand: (cmd: string): LocalizedText => ({
    zh: `未知命令“${cmd}”（可用：check、fix）`,
    en: `unknown command "${cmd}" (use check or fix)`,
  }),
  unknownOption: (opt: string): LocalizedText => ({
    zh: `未知选项 ${opt}`,
    en: `unknown option ${opt}`,
  }),
  missingValue: (opt: string): LocalizedText => ({
    zh: `选项 ${opt} 需要一个值`,
    en: `option ${opt} needs a value`,
  }),
  badLang: (value: string): LocalizedText => ({
    zh: `--lang 只能是 zh 或 en（收到 ${value}）`,
    en: `--lang must be zh or en (got ${value})`,
  }),
  noFiles: (): LocalizedText => ({
    zh: "请给出至少一个表格文件（.xlsx、.xls、.et、.ods）",
    en: "give at least one workbook (.xlsx, .xls, .et, .ods)",
  }),
  fixOneFile: (): LocalizedText => ({
    zh: "fix 只处理一个文件",
    en: "fix takes exactly one file",
  }),
  fixNeedsOutput: (): LocalizedText => ({
    zh: "fix 需要 -o 输出文件（原文件不会被修改）",
    en: "fix needs -o OUT (the input file is never changed)",
  }),
  badJobs: (value: string, max: number): LocalizedText => ({
    zh: `--jobs 必须是 1 到 ${max} 之间的整数（收到 ${value}）`,
    en: `--jobs must be a whole number from 1 to ${max} (got ${value})`,
  }),
  badReportName: (value: string): LocalizedText => ({
    zh: `--report 的文件名必须以 .xlsx 或 .html 结尾（收到 ${value}）`,
    en: `the --report file name must end in .xlsx or .html (got ${value})`,
  }),
  notForCommand: (opt: string, cmd: string): LocalizedText => ({
    zh: `选项 ${opt} 不适用于 ${cmd}`,
    en: `option ${opt} does not apply to ${cmd}`,
  }),
};

export const usage = (text: LocalizedText): CliError => new CliError("USAGE", text);
