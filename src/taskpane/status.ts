// The pane's words for what the Excel adapter returns: the status line of a result, the text of a refusal.
import type { LocalizedText } from "../core";
import type {
  ActionResult,
  FindingCounts,
  OfficeErrorCode,
  Refusal,
  Unmarked,
} from "../excel/port";

const t = (zh: string, en: string): LocalizedText => ({ zh, en });

/** "“表1”“表2”" and "\"表1\", \"表2\"": sheet names as the messages quote them. */
const quoted = (sheets: string[]) => ({ zh: sheets.join("”“"), en: sheets.join('", "') });

function checked(c: FindingCounts, highlighted: number): LocalizedText {
  return t(
    `检查完成：${c.forms} 张表，${c.errors} 个错误，${c.warnings} 个警告，${c.infos} 条提示；已标记 ${highlighted} 个单元格。`,
    `Checked ${c.forms} form(s): ${c.errors} error(s), ${c.warnings} warning(s), ${c.infos} note(s); ${highlighted} cell(s) marked.`
  );
}

function notMarked(u: Unmarked): LocalizedText {
  if (u.why === "readOnly")
    return t("工作簿为只读，未标记单元格。", "The workbook is read-only: no cells were marked.");
  const s = quoted(u.sheets);
  return t(`工作表“${s.zh}”受保护，未标记。`, `Sheet "${s.en}" is protected: not marked.`);
}

function recomputed(written: number, c: FindingCounts, highlighted: number): LocalizedText {
  return t(
    `已写入 ${written} 个单元格；${c.forms} 张表，剩余 ${c.errors} 个错误，${c.warnings} 个警告；已标记 ${highlighted} 个单元格。`,
    `Wrote ${written} cell(s); ${c.forms} form(s), ${c.errors} error(s) and ${c.warnings} warning(s) remain; ${highlighted} cell(s) marked.`
  );
}

function cleared(n: number, kept: string[]): LocalizedText {
  if (n === 0 && kept.length === 0)
    return t("没有需要清除的标记。", "There are no marks to clear.");
  const s = quoted(kept);
  return t(
    `已恢复 ${n} 个单元格的原填充色。${kept.length ? `受保护的工作表“${s.zh}”上的标记保留。` : ""}`,
    `Restored the original fill of ${n} cell(s).${kept.length ? ` Marks on protected sheet(s) "${s.en}" were kept.` : ""}`
  );
}

const NO_COUNTS: FindingCounts = { forms: 0, errors: 0, warnings: 0, infos: 0 };

/** The one-line summary of a result, e.g. 已写入 12 个单元格；1 张表，剩余 0 个错误… */
export function statusText(r: ActionResult): LocalizedText {
  const counts = r.counts ?? NO_COUNTS;
  switch (r.action) {
    case "check": {
      const line = checked(counts, r.highlighted);
      if (!r.unmarked) return line;
      const note = notMarked(r.unmarked);
      return t(line.zh + note.zh, `${line.en} ${note.en}`);
    }
    case "recompute":
      return recomputed(r.written, counts, r.highlighted);
    case "clear":
      return cleared(r.restored, r.unmarked?.why === "protected" ? r.unmarked.sheets : []);
    case "undo":
      return t(
        `已撤销上次重新计算写入的 ${r.restored} 个单元格。`,
        `Undid the ${r.restored} cell(s) written by the last recompute.`
      );
  }
}

const NOT_FOUND = t(
  "找不到工作表或单元格（可能已被重命名或删除）。",
  "The sheet or cell was not found (it may have been renamed or deleted)."
);

const OFFICE_TEXT: Record<OfficeErrorCode, LocalizedText> = {
  AccessDenied: t(
    "工作簿为只读或工作表受保护，未做任何修改。",
    "The workbook is read-only or the sheet is protected; nothing was changed."
  ),
  InvalidSelection: t(
    "当前选择无效：请先结束单元格编辑，或切换回要检查的工作表后重试。",
    "The current selection is invalid: finish editing the cell or switch back to the sheet, then retry."
  ),
  InvalidObjectPath: NOT_FOUND,
  ItemNotFound: NOT_FOUND,
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

/** What the user reads when an action refused or failed. */
export function refusalText(r: Refusal): LocalizedText {
  switch (r.kind) {
    case "sheetProtected": {
      const s = quoted(r.sheets);
      return t(
        `工作表“${s.zh}”受保护，未做任何修改。请先撤销工作表保护。`,
        `Sheet "${s.en}" is protected; nothing was changed. Unprotect it first.`
      );
    }
    case "readOnly":
      return t("工作簿为只读，未做任何修改。", "The workbook is read-only; nothing was changed.");
    case "emptySheet":
      return t(`工作表“${r.sheet}”是空的。`, `Sheet "${r.sheet}" is empty.`);
    case "noSheets":
      return t("没有含数据的可见工作表。", "No visible worksheet holds any data.");
    case "sheetTooLarge":
      return t(
        `工作表“${r.sheet}”过大${r.cells ? `（${r.cells} 个单元格）` : ""}，无法一次读取。请把自评表复制到单独的工作表后再试。`,
        `Sheet "${r.sheet}" is too large${r.cells ? ` (${r.cells} cells)` : ""} to read at once. Copy the form to its own sheet and retry.`
      );
    case "apiUnsupported":
      return t(
        `此版本的 Excel 不支持本加载项所需的接口（ExcelApi ${r.version}）。请使用 Microsoft 365、Office 2021 或更高版本，或 Excel 网页版。`,
        `This version of Excel lacks the API this add-in needs (ExcelApi ${r.version}). Use Microsoft 365, Office 2021 or later, or Excel on the web.`
      );
    case "sheetChanged":
      return t(
        `运行期间工作表“${r.sheet}”被修改，未写入任何内容。请重试。`,
        `Sheet "${r.sheet}" changed while running; nothing was written. Please retry.`
      );
    case "nothingToUndo":
      return t("没有可撤销的重新计算。", "There is no recompute to undo.");
    case "undoCellsChanged": {
      // Every changed cell is named (up to a screenful), so the clerk knows what stays as edited.
      const shown = r.cells.slice(0, 12);
      const more = r.cells.length - shown.length;
      const zhMore = more > 0 ? ` 等 ${r.cells.length} 个` : "";
      const enMore = more > 0 ? ` and ${more} more` : "";
      return t(
        `${r.cells.length} 个单元格在重新计算后被修改，未撤销任何内容：${shown.join("、")}${zhMore}。${r.restorable ? `其余 ${r.restorable} 个单元格可以恢复。` : ""}`,
        `${r.cells.length} cell(s) changed since the recompute; nothing was undone: ${shown.join(", ")}${enMore}.${r.restorable ? ` The other ${r.restorable} cell(s) can be restored.` : ""}`
      );
    }
    case "office":
      return OFFICE_TEXT[r.code];
    case "unexpected":
      return t(`发生意外错误：${r.detail}`, `Unexpected error: ${r.detail}`);
  }
}
