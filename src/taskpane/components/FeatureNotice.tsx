// What this Excel version lacks and how the add-in works around it, in the pane's words (zh / en).
// Shown only on an older Excel; the results are the same, the features around them differ.
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { useState } from "react";
import type { Lang, LocalizedText } from "../../core";
import type { MissingFeature } from "../../excel/port";

export const FEATURE_WORDS: Record<MissingFeature, LocalizedText> = {
  sharedRuntime: {
    zh: "没有共享运行时：功能区“一键重算”单独运行，结果保存在工作簿中，打开本窗格时显示并可在此撤销；失败时弹出说明。",
    en: "No shared runtime: the ribbon's Recompute runs on its own; its outcome is kept in the workbook, shown here when the pane opens and can be undone here; a failure opens a small dialog.",
  },
  cellProperties: {
    zh: "低于 ExcelApi 1.9：标记前的原填充只保存颜色（白色按“无填充”恢复，图案和深浅不保留）；标记记录丢失时“清除标记”无法按颜色查找。",
    en: "Below ExcelApi 1.9: a marked cell's original fill is kept as its colour only (white is restored as No Fill; patterns and tints are not kept); without the saved record, Clear marks cannot find marks by colour.",
  },
  mergedAreas: {
    zh: "读不出合并单元格：合并的分值或表头按未合并读取，结果可能与新版 Excel 不同，请逐条核对。",
    en: "Merged cells cannot be read: merged weights or headers are read as unmerged, so results may differ from a current Excel; review each finding.",
  },
  changeEvents: {
    zh: "低于 ExcelApi 1.9：检查后修改工作表时不会提示结果已过时，修改后请重新检查。",
    en: "Below ExcelApi 1.9: the pane is not told when the sheet is edited after a check; check again after editing.",
  },
  delayForCellEdit: {
    zh: "低于 ExcelApi 1.11：正在编辑单元格时操作会失败，请先按 Enter 或 Esc 结束编辑再点按钮。",
    en: "Below ExcelApi 1.11: actions fail while a cell is being edited; press Enter or Esc first.",
  },
};

const TITLE: LocalizedText = {
  zh: "此版本的 Excel 缺少部分功能（检查与重算结果不受影响）",
  en: "This Excel lacks some features (check and recompute results are unaffected)",
};

const TOGGLE: Record<Lang, { more: string; less: string }> = {
  zh: { more: "详情", less: "收起" },
  en: { more: "Details", less: "Hide" },
};

/**
 * One line by default: on an older Excel up to four long notes would push the verdict and the first
 * problem below a 320 px pane's first screen; the clerk opens the list when they want the reasons.
 */
export function FeatureNotice({ lang, missing }: { lang: Lang; missing: MissingFeature[] }) {
  const [open, setOpen] = useState(false);
  if (missing.length === 0) return null;
  return (
    <MessageBar
      intent="info"
      layout="multiline"
      data-testid="feature-notice"
      data-open={open ? "true" : "false"}
    >
      <MessageBarBody>
        <MessageBarTitle>{TITLE[lang]}</MessageBarTitle>
        {open && (
          <ul style={{ margin: 0, paddingInlineStart: "1.2em" }}>
            {missing.map((m) => (
              <li key={m} data-feature={m}>
                {FEATURE_WORDS[m][lang]}
              </li>
            ))}
          </ul>
        )}
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? TOGGLE[lang].less : TOGGLE[lang].more}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
