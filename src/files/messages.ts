// The reader's refusals and per-sheet failures, in zh and en: every host shows them as they are.
import type { LocalizedText } from "../core";
import type { FileKind } from "./kind";

export type ReadErrorCode =
  "EMPTY_FILE" | "ENCRYPTED" | "NOT_SPREADSHEET" | "CSV" | "CORRUPT" | "NO_WORKSHEETS";

/** A file the reader refuses as a whole; `text` is the one line a user reads. */
export class ReadError extends Error {
  constructor(
    readonly code: ReadErrorCode,
    readonly text: LocalizedText
  ) {
    super(text.en);
    this.name = "ReadError";
  }
}

/** What the file is, in words, for a refusal that names it. */
const KIND_WORDS: Partial<Record<FileKind, LocalizedText>> = {
  docx: { zh: "Word 文档（.docx）", en: "a Word document (.docx)" },
  doc: { zh: "旧版 Word 文档（.doc）", en: "a legacy Word document (.doc)" },
  pptx: { zh: "PowerPoint 演示文稿（.pptx）", en: "a PowerPoint presentation (.pptx)" },
  ppt: { zh: "旧版 PowerPoint 演示文稿（.ppt）", en: "a legacy PowerPoint presentation (.ppt)" },
  "odf-other": {
    zh: "OpenDocument 文本或演示文稿（不是表格）",
    en: "an OpenDocument text or presentation (not a spreadsheet)",
  },
  pdf: { zh: "PDF 文件", en: "a PDF file" },
  "zip-other": { zh: "zip 压缩包（不是表格文件）", en: "a zip archive (not a spreadsheet)" },
  "cfb-other": {
    zh: "Office 复合文档（不是表格）",
    en: "an Office compound file (not a spreadsheet)",
  },
  unknown: { zh: "无法识别的二进制文件", en: "an unrecognised binary file" },
};

export const readMessages = {
  empty: (): LocalizedText => ({
    zh: "文件为空（0 字节）",
    en: "the file is empty (0 bytes)",
  }),
  encrypted: (): LocalizedText => ({
    zh: "文件已加密，请先在 Excel 中取消密码（文件 > 信息 > 保护工作簿 > 用密码进行加密）",
    en: "the file is password-protected: remove the password in Excel first (File > Info > Protect Workbook)",
  }),
  notSpreadsheet: (kind: FileKind): LocalizedText => {
    const w = KIND_WORDS[kind] ?? KIND_WORDS.unknown!;
    return {
      zh: `这是${w.zh}，不是表格文件；请给出 .xlsx、.xlsm、.xls、.et 或 .ods 文件`,
      en: `this is ${w.en}, not a spreadsheet: give an .xlsx, .xlsm, .xls, .et or .ods file`,
    };
  },
  csv: (): LocalizedText => ({
    zh: "这是文本文件（如 .csv）：自评表的合并单元格与格式无法保存在 CSV 中，请用原始的 .xlsx 或 .xls 文件",
    en: "this is a text file (such as .csv): a form's merged cells and formats cannot live in CSV, give the original .xlsx or .xls",
  }),
  /** `reason` is the parser's own words (English) or a sentence in both languages. */
  corrupt: (kind: FileKind, reason: string | LocalizedText): LocalizedText => {
    const r = typeof reason === "string" ? { zh: reason, en: reason } : reason;
    return {
      zh: `文件已损坏或不是有效的 ${kindLabel(kind)} 文件（${r.zh}），请在 Excel 或 WPS 中打开后重新保存`,
      en: `the file is damaged or not a valid ${kindLabel(kind)} (${r.en}): open it in Excel or WPS and save it again`,
    };
  },
  plainText: (): LocalizedText => ({ zh: "内容是纯文本", en: "its content is plain text" }),
  noWorksheets: (): LocalizedText => ({
    zh: "工作簿中没有工作表",
    en: "the workbook has no worksheets",
  }),
  sheetFailed: (sheet: string, reason: string): LocalizedText => ({
    zh: `工作表“${sheet}”无法读取（${reason}），未检查；其余工作表照常检查`,
    en: `sheet "${sheet}" could not be read (${reason}) and was not checked; the other sheets were`,
  }),
};

/** `.xlsx`, `.xls` …: the format a kind is read as. */
export function kindLabel(kind: FileKind): string {
  switch (kind) {
    case "xls":
      return ".xls/.et";
    case "xlsm":
    case "xlsb":
    case "ods":
      return "." + kind;
    default:
      return ".xlsx";
  }
}
