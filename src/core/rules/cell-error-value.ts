// CELL_ERROR_VALUE: a money, rate, weight, score or total cell shows an error value (#REF!, #DIV/0! …).
import type { ErrorValue } from "../grid/cell-error";
import { type ErrorPlace, errorCells } from "../score/error-cells";
import type { LocalizedText } from "../types";
import { label } from "./indicator-cells";
import type { FormRule } from "./rule";

const t = (zh: string, en: string): LocalizedText => ({ zh, en });

/** What each error means, in the words a clerk can act on. */
const WHY: Partial<Record<ErrorValue, LocalizedText>> = {
  "#REF!": t("公式引用了已删除的单元格", "the formula refers to a cell that was deleted"),
  "#DIV/0!": t("公式除以 0 或空单元格", "the formula divides by zero or by a blank cell"),
  "#VALUE!": t(
    "公式用文本参与了运算（如文本型数字、空格或文字）",
    "the formula computes with text (a number stored as text, a space, a word)"
  ),
  "#N/A": t(
    "查找函数（如 VLOOKUP）没有找到要找的值",
    "a lookup (VLOOKUP …) did not find the value it looks for"
  ),
  "#NAME?": t(
    "公式中有无法识别的函数名或名称（拼写错误，或本软件不支持的函数）",
    "the formula uses a function or name that is not recognised (a misspelling, or a function this program lacks)"
  ),
  "#NUM!": t(
    "公式的数值结果无效（过大，或无法计算）",
    "the formula's numeric result is invalid (too large, or not computable)"
  ),
  "#NULL!": t(
    "公式中的两个区域没有交集（区域之间可能少了逗号或冒号）",
    "two ranges in the formula do not intersect (a comma or colon may be missing between them)"
  ),
  "#SPILL!": t(
    "公式的结果需要溢出到的单元格不是空的",
    "the cells the formula's result spills into are not empty"
  ),
};

const OTHER = t("公式无法得出结果", "the formula cannot produce a result");

const COLUMN: Record<Extract<ErrorPlace, { kind: "money" }>["column"], LocalizedText> = {
  budget: t("全年预算数", "budget"),
  executed: t("全年执行数", "executed amount"),
  initial: t("年初预算数", "initial budget"),
  balance: t("资金结(转)余", "balance"),
  rate: t("执行率", "execution rate"),
};

/** The cell as the message names it: `总分`, `年度资金总额的全年执行数`, `指标“培训人数”的得分`. */
function what(place: ErrorPlace): LocalizedText {
  switch (place.kind) {
    case "money": {
      const col = COLUMN[place.column];
      return place.row.isTotal
        ? t(`年度资金总额的${col.zh}`, `${col.en} of the funding total row`)
        : t(`第 ${place.row.row + 1} 行的${col.zh}`, `${col.en} on row ${place.row.row + 1}`);
    }
    case "budgetWeight":
      return t("预算执行率分值", "budget weight");
    case "budgetScore":
      return t("预算执行率得分", "budget score");
    case "total":
      return t("总分", "total");
    case "weight":
    case "score": {
      const name = label(place.indicator);
      return place.kind === "weight"
        ? t(`指标${name.zh}的分值`, `weight of indicator ${name.en}`)
        : t(`指标${name.zh}的得分`, `score of indicator ${name.en}`);
    }
  }
}

export const cellErrorValue: FormRule = {
  code: "CELL_ERROR_VALUE",
  severity: "error",
  scope: "form",
  messages: {
    default: {
      zh: "{what}单元格显示 {error}：{why}，请检查公式",
      en: "The {what} cell shows {error}: {why}; check the formula",
    },
    text: {
      zh: "{what}单元格中是文本 {error}，不是数字：这是公式的错误结果被粘贴成了值（{why}），请填入正确的数字",
      en: "The {what} cell holds the text {error}, not a number: a formula's error pasted as a value ({why}); enter the right number",
    },
  },
  check: (f) =>
    errorCells(f).map((e) => ({
      at: e.cell.at,
      variant: e.cell.formula ? "default" : "text",
      data: { what: what(e.place), error: e.error, why: WHY[e.error] ?? OTHER },
      actual: e.error,
    })),
};
