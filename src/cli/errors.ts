// The CLI's one-line failure messages (zh + en) and the error type that carries them to the exit code.
import type { LocalizedText } from "../core";

export type CliErrorCode =
  | "USAGE"
  | "FILE_NOT_FOUND"
  | "IS_DIRECTORY"
  | "UNREADABLE"
  | "NOT_XLSX"
  | "LEGACY_XLS"
  | "ENCRYPTED"
  | "EMPTY_FILE"
  | "CORRUPT"
  | "NO_WORKSHEETS"
  | "SHEET_NOT_FOUND"
  | "OVERWRITE_INPUT"
  | "OUTPUT_NOT_XLSX"
  | "WRITE_FAILED"
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
  notXlsx: (ext: string): LocalizedText => ({
    zh: `不支持 ${ext || "无扩展名"} 文件，请在 Excel 或 WPS 中另存为 .xlsx 后再检查`,
    en: `${ext || "files without an extension"} is not supported: save as .xlsx in Excel or WPS first`,
  }),
  legacyXls: (): LocalizedText => ({
    zh: "这是旧版 .xls（二进制）文件，请在 Excel 或 WPS 中另存为 .xlsx 后再检查",
    en: "this is a legacy binary .xls file: save as .xlsx in Excel or WPS first",
  }),
  encrypted: (): LocalizedText => ({
    zh: "文件已加密，请先在 Excel 中取消密码（文件 > 信息 > 保护工作簿 > 用密码进行加密）",
    en: "the file is password-protected: remove the password in Excel first (File > Info > Protect Workbook)",
  }),
  empty: (): LocalizedText => ({
    zh: "文件为空（0 字节）",
    en: "the file is empty (0 bytes)",
  }),
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
  corrupt: (): LocalizedText => ({
    zh: "文件已损坏或不是有效的 .xlsx 文件，请在 Excel 中打开后重新另存为 .xlsx",
    en: "the file is damaged or not a valid .xlsx: open it in Excel and save it as .xlsx again",
  }),
  noWorksheets: (): LocalizedText => ({
    zh: "工作簿中没有工作表",
    en: "the workbook has no worksheets",
  }),
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
    zh: "请给出至少一个 .xlsx 文件",
    en: "give at least one .xlsx file",
  }),
  fixOneFile: (): LocalizedText => ({
    zh: "fix 只处理一个文件",
    en: "fix takes exactly one file",
  }),
  fixNeedsOutput: (): LocalizedText => ({
    zh: "fix 需要 -o 输出文件（原文件不会被修改）",
    en: "fix needs -o OUT (the input file is never changed)",
  }),
  notForCommand: (opt: string, cmd: string): LocalizedText => ({
    zh: `选项 ${opt} 不适用于 ${cmd}`,
    en: `option ${opt} does not apply to ${cmd}`,
  }),
};

export const usage = (text: LocalizedText): CliError => new CliError("USAGE", text);
