// Every user-facing adapter message (zh first, en), the AddinError factories and Office error-code mapping.
import type { LocalizedText } from "../core/types";
import { AddinError } from "./port";

const t = (zh: string, en: string): LocalizedText => ({ zh, en });

export const ERRORS = {
  sheetProtected: (sheets: string[]) =>
    new AddinError(
      "SHEET_PROTECTED",
      t(
        `工作表“${sheets.join("”“")}”受保护，未做任何修改。请先撤销工作表保护。`,
        `Sheet "${sheets.join('", "')}" is protected; nothing was changed. Unprotect it first.`
      )
    ),
  readOnly: () =>
    new AddinError(
      "READ_ONLY",
      t("工作簿为只读，未做任何修改。", "The workbook is read-only; nothing was changed.")
    ),
  emptySheet: (sheet: string) =>
    new AddinError("EMPTY_SHEET", t(`工作表“${sheet}”是空的。`, `Sheet "${sheet}" is empty.`)),
  noSheets: () =>
    new AddinError(
      "NO_SHEETS",
      t("没有含数据的可见工作表。", "No visible worksheet holds any data.")
    ),
  sheetTooLarge: (sheet: string, cells: number | null) =>
    new AddinError(
      "SHEET_TOO_LARGE",
      t(
        `工作表“${sheet}”过大${cells ? `（${cells} 个单元格）` : ""}，无法一次读取。请把自评表复制到单独的工作表后再试。`,
        `Sheet "${sheet}" is too large${cells ? ` (${cells} cells)` : ""} to read at once. Copy the form to its own sheet and retry.`
      )
    ),
  apiUnsupported: (version: string) =>
    new AddinError(
      "API_UNSUPPORTED",
      t(
        `此版本的 Excel 不支持本加载项所需的接口（ExcelApi ${version}）。请使用 Microsoft 365、Office 2021 或更高版本，或 Excel 网页版。`,
        `This version of Excel lacks the API this add-in needs (ExcelApi ${version}). Use Microsoft 365, Office 2021 or later, or Excel on the web.`
      )
    ),
  sheetChanged: (sheet: string) =>
    new AddinError(
      "SHEET_CHANGED",
      t(
        `运行期间工作表“${sheet}”被修改，未写入任何内容。请重试。`,
        `Sheet "${sheet}" changed while running; nothing was written. Please retry.`
      )
    ),
  nothingToUndo: () =>
    new AddinError(
      "NOTHING_TO_UNDO",
      t("没有可撤销的重新计算。", "There is no recompute to undo.")
    ),
  undoCellsChanged: (cells: string[]) =>
    new AddinError(
      "UNDO_CELLS_CHANGED",
      t(
        `单元格已被修改，无法撤销：${cells.join("、")}。`,
        `Cells changed since the recompute; cannot undo: ${cells.join(", ")}.`
      )
    ),
} as const;

const OFFICE_CODES: Record<string, LocalizedText> = {
  AccessDenied: t(
    "工作簿为只读或工作表受保护，未做任何修改。",
    "The workbook is read-only or the sheet is protected; nothing was changed."
  ),
  InvalidSelection: t(
    "当前选择无效：请先结束单元格编辑，或切换回要检查的工作表后重试。",
    "The current selection is invalid: finish editing the cell or switch back to the sheet, then retry."
  ),
  InvalidObjectPath: t(
    "找不到工作表或单元格（可能已被重命名或删除）。",
    "The sheet or cell was not found (it may have been renamed or deleted)."
  ),
  ItemNotFound: t(
    "找不到工作表或单元格（可能已被重命名或删除）。",
    "The sheet or cell was not found (it may have been renamed or deleted)."
  ),
  GeneralException: t(
    "Excel 内部错误，未做任何修改。请重试。",
    "Excel reported an internal error; nothing was changed. Please retry."
  ),
  InvalidArgument: t(
    "Excel 拒绝了写入的数据，未做任何修改。",
    "Excel rejected the data to write; nothing was changed."
  ),
  InvalidOperation: t(
    "Excel 当前不允许此操作（可能正在编辑单元格），未做任何修改。",
    "Excel does not allow this operation now (a cell may be in edit mode); nothing was changed."
  ),
  ApiNotFound: t(
    "此版本的 Excel 不支持所需的接口。请使用 Microsoft 365、Office 2021 或更高版本。",
    "This version of Excel lacks a required API. Use Microsoft 365, Office 2021 or later."
  ),
  RequestPayloadSizeLimitExceeded: t(
    "数据量过大，无法一次写入。",
    "Too much data to write at once."
  ),
  ResponsePayloadSizeLimitExceeded: t(
    "工作表过大，无法一次读取。",
    "The sheet is too large to read at once."
  ),
};

function codeOf(e: unknown): string | null {
  if (e && typeof e === "object" && typeof (e as { code?: unknown }).code === "string") {
    return (e as { code: string }).code;
  }
  return null;
}

/** Any thrown value → an AddinError the pane can show; AddinErrors pass through. */
export function toAddinError(e: unknown): AddinError {
  if (e instanceof AddinError) return e;
  const code = codeOf(e);
  if (code && OFFICE_CODES[code]) return new AddinError(code, OFFICE_CODES[code]);
  const detail = e instanceof Error ? e.message : String(e);
  return new AddinError(
    code ?? "INTERNAL",
    t(`发生意外错误：${detail}`, `Unexpected error: ${detail}`)
  );
}

export interface FindingCounts {
  forms: number;
  errors: number;
  warnings: number;
  infos: number;
}

export const SUMMARY = {
  check: (c: FindingCounts, highlighted: number, skipped: string | null) =>
    t(
      `检查完成：${c.forms} 张表，${c.errors} 个错误，${c.warnings} 个警告，${c.infos} 条提示；已标记 ${highlighted} 个单元格。${skipped ? skipped : ""}`,
      `Checked ${c.forms} form(s): ${c.errors} error(s), ${c.warnings} warning(s), ${c.infos} note(s); ${highlighted} cell(s) marked.${skipped ? " " + skipped : ""}`
    ),
  recompute: (written: number, c: FindingCounts, highlighted: number) =>
    t(
      `已写入 ${written} 个单元格；${c.forms} 张表，剩余 ${c.errors} 个错误，${c.warnings} 个警告；已标记 ${highlighted} 个单元格。`,
      `Wrote ${written} cell(s); ${c.forms} form(s), ${c.errors} error(s) and ${c.warnings} warning(s) remain; ${highlighted} cell(s) marked.`
    ),
  cleared: (n: number, kept: string[]) =>
    n === 0 && kept.length === 0
      ? t("没有需要清除的标记。", "There are no marks to clear.")
      : t(
          `已恢复 ${n} 个单元格的原填充色。${kept.length ? `受保护的工作表“${kept.join("”“")}”上的标记保留。` : ""}`,
          `Restored the original fill of ${n} cell(s).${kept.length ? ` Marks on protected sheet(s) "${kept.join('", "')}" were kept.` : ""}`
        ),
  undone: (n: number) =>
    t(
      `已撤销上次重新计算写入的 ${n} 个单元格。`,
      `Undid the ${n} cell(s) written by the last recompute.`
    ),
};

export const NOTES = {
  notMarked: (why: "readOnly" | "protected", sheets: string[]) =>
    why === "readOnly"
      ? t("工作簿为只读，未标记单元格。", "The workbook is read-only: no cells were marked.")
      : t(
          `工作表“${sheets.join("”“")}”受保护，未标记。`,
          `Sheet "${sheets.join('", "')}" is protected: not marked.`
        ),
};
