// The pane's words for the adapter's data: the same zh/en texts the adapter itself wrote before issue 7.
import type { LocalizedText } from "../../src/core";
import type { ActionResult, FindingCounts, Refusal } from "../../src/excel/port";
import { refusalText, statusText } from "../../src/taskpane/status";

const C: FindingCounts = { forms: 2, errors: 3, warnings: 1, infos: 4 };

function result(r: Partial<ActionResult> & Pick<ActionResult, "action">): ActionResult {
  return {
    evaluation: null,
    counts: null,
    written: 0,
    highlighted: 0,
    restored: 0,
    unmarked: null,
    changes: [],
    marked: null,
    ...r,
  };
}

const RESULTS: [LocalizedText, Partial<ActionResult> & Pick<ActionResult, "action">][] = [
  [
    {
      zh: "检查完成：2 张表，3 个错误，1 个警告，4 条提示；已标记 5 个单元格。",
      en: "Checked 2 form(s): 3 error(s), 1 warning(s), 4 note(s); 5 cell(s) marked.",
    },
    { action: "check", counts: C, highlighted: 5 },
  ],
  [
    {
      zh: "检查完成：2 张表，3 个错误，1 个警告，4 条提示；已标记 0 个单元格。工作簿为只读，未标记单元格。",
      en: "Checked 2 form(s): 3 error(s), 1 warning(s), 4 note(s); 0 cell(s) marked. The workbook is read-only: no cells were marked.",
    },
    { action: "check", counts: C, unmarked: { why: "readOnly" } },
  ],
  [
    {
      zh: "检查完成：2 张表，3 个错误，1 个警告，4 条提示；已标记 0 个单元格。工作表“表1”“表2”受保护，未标记。",
      en: 'Checked 2 form(s): 3 error(s), 1 warning(s), 4 note(s); 0 cell(s) marked. Sheet "表1", "表2" is protected: not marked.',
    },
    { action: "check", counts: C, unmarked: { why: "protected", sheets: ["表1", "表2"] } },
  ],
  [
    {
      zh: "已写入 7 个单元格；2 张表，剩余 3 个错误，1 个警告；已标记 5 个单元格。",
      en: "Wrote 7 cell(s); 2 form(s), 3 error(s) and 1 warning(s) remain; 5 cell(s) marked.",
    },
    { action: "recompute", counts: C, written: 7, highlighted: 5 },
  ],
  [{ zh: "没有需要清除的标记。", en: "There are no marks to clear." }, { action: "clear" }],
  [
    { zh: "已恢复 6 个单元格的原填充色。", en: "Restored the original fill of 6 cell(s)." },
    { action: "clear", restored: 6 },
  ],
  [
    {
      zh: "已恢复 6 个单元格的原填充色。受保护的工作表“表2”上的标记保留。",
      en: 'Restored the original fill of 6 cell(s). Marks on protected sheet(s) "表2" were kept.',
    },
    { action: "clear", restored: 6, unmarked: { why: "protected", sheets: ["表2"] } },
  ],
  [
    {
      zh: "已撤销上次重新计算写入的 9 个单元格。",
      en: "Undid the 9 cell(s) written by the last recompute.",
    },
    { action: "undo", restored: 9 },
  ],
];

const REFUSALS: [LocalizedText, Refusal][] = [
  [
    {
      zh: "工作表“表1”“表2”受保护，未做任何修改。请先撤销工作表保护。",
      en: 'Sheet "表1", "表2" is protected; nothing was changed. Unprotect it first.',
    },
    { kind: "sheetProtected", sheets: ["表1", "表2"] },
  ],
  [
    { zh: "工作簿为只读，未做任何修改。", en: "The workbook is read-only; nothing was changed." },
    { kind: "readOnly" },
  ],
  [
    { zh: "工作表“空表”是空的。", en: 'Sheet "空表" is empty.' },
    { kind: "emptySheet", sheet: "空表" },
  ],
  [
    { zh: "没有含数据的可见工作表。", en: "No visible worksheet holds any data." },
    { kind: "noSheets" },
  ],
  [
    {
      zh: "工作表“Data”过大（300000 个单元格），无法一次读取。请把自评表复制到单独的工作表后再试。",
      en: 'Sheet "Data" is too large (300000 cells) to read at once. Copy the form to its own sheet and retry.',
    },
    { kind: "sheetTooLarge", sheet: "Data", cells: 300000 },
  ],
  [
    {
      zh: "工作表“Data”过大，无法一次读取。请把自评表复制到单独的工作表后再试。",
      en: 'Sheet "Data" is too large to read at once. Copy the form to its own sheet and retry.',
    },
    { kind: "sheetTooLarge", sheet: "Data", cells: null },
  ],
  [
    {
      zh: "此版本的 Excel 不支持本加载项所需的接口（ExcelApi 1.4）。请使用 Microsoft 365、Office 2021 或更高版本，或 Excel 网页版。",
      en: "This version of Excel lacks the API this add-in needs (ExcelApi 1.4). Use Microsoft 365, Office 2021 or later, or Excel on the web.",
    },
    { kind: "apiUnsupported", version: "1.4" },
  ],
  [
    {
      zh: "运行期间工作表“表1”被修改，未写入任何内容。请重试。",
      en: 'Sheet "表1" changed while running; nothing was written. Please retry.',
    },
    { kind: "sheetChanged", sheet: "表1" },
  ],
  [
    { zh: "没有可撤销的重新计算。", en: "There is no recompute to undo." },
    { kind: "nothingToUndo" },
  ],
  [
    {
      zh: "2 个单元格在重新计算后被修改，未撤销任何内容：表1!I8、表1!I9。其余 3 个单元格可以恢复。",
      en: "2 cell(s) changed since the recompute; nothing was undone: 表1!I8, 表1!I9. The other 3 cell(s) can be restored.",
    },
    { kind: "undoCellsChanged", cells: ["表1!I8", "表1!I9"], restorable: 3 },
  ],
  [
    {
      zh: "工作簿为只读或工作表受保护，未做任何修改。",
      en: "The workbook is read-only or the sheet is protected; nothing was changed.",
    },
    { kind: "office", code: "AccessDenied" },
  ],
  [
    {
      zh: "当前选择无效：请先结束单元格编辑，或切换回要检查的工作表后重试。",
      en: "The current selection is invalid: finish editing the cell or switch back to the sheet, then retry.",
    },
    { kind: "office", code: "InvalidSelection" },
  ],
  [
    {
      zh: "找不到工作表或单元格（可能已被重命名或删除）。",
      en: "The sheet or cell was not found (it may have been renamed or deleted).",
    },
    { kind: "office", code: "InvalidObjectPath" },
  ],
  [
    {
      zh: "找不到工作表或单元格（可能已被重命名或删除）。",
      en: "The sheet or cell was not found (it may have been renamed or deleted).",
    },
    { kind: "office", code: "ItemNotFound" },
  ],
  [
    {
      zh: "Excel 内部错误，未做任何修改。请重试。",
      en: "Excel reported an internal error; nothing was changed. Please retry.",
    },
    { kind: "office", code: "GeneralException" },
  ],
  [
    {
      zh: "Excel 拒绝了写入的数据，未做任何修改。",
      en: "Excel rejected the data to write; nothing was changed.",
    },
    { kind: "office", code: "InvalidArgument" },
  ],
  [
    {
      zh: "Excel 当前不允许此操作（可能正在编辑单元格），未做任何修改。",
      en: "Excel does not allow this operation now (a cell may be in edit mode); nothing was changed.",
    },
    { kind: "office", code: "InvalidOperation" },
  ],
  [
    {
      zh: "此版本的 Excel 不支持所需的接口。请使用 Microsoft 365、Office 2021 或更高版本。",
      en: "This version of Excel lacks a required API. Use Microsoft 365, Office 2021 or later.",
    },
    { kind: "office", code: "ApiNotFound" },
  ],
  [
    { zh: "数据量过大，无法一次写入。", en: "Too much data to write at once." },
    { kind: "office", code: "RequestPayloadSizeLimitExceeded" },
  ],
  [
    { zh: "工作表过大，无法一次读取。", en: "The sheet is too large to read at once." },
    { kind: "office", code: "ResponsePayloadSizeLimitExceeded" },
  ],
  [
    { zh: "发生意外错误：boom", en: "Unexpected error: boom" },
    { kind: "unexpected", code: "INTERNAL", detail: "boom" },
  ],
];

describe("statusText", () => {
  it.each(RESULTS)("%j", (expected, r) => {
    expect(statusText(result(r))).toEqual(expected);
  });
});

describe("refusalText", () => {
  it.each(REFUSALS)("%j", (expected, refusal) => {
    expect(refusalText(refusal)).toEqual(expected);
  });
});
