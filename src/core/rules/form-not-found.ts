// FORM_NOT_FOUND: a sheet without any 自评表.
import type { SheetRule } from "./rule";

export const formNotFound: SheetRule = {
  code: "FORM_NOT_FOUND",
  severity: "info",
  scope: "sheet",
  messages: {
    default: {
      zh: "本工作表未找到项目支出绩效自评表（未识别到资金表头或绩效指标表头）",
      en: "No performance self-evaluation form (项目支出绩效自评表) found on this sheet",
    },
  },
  check: ({ grid, forms, targetForms }) =>
    forms.length || targetForms
      ? []
      : [{ at: { r: grid.isEmpty ? 0 : grid.top, c: grid.isEmpty ? 0 : grid.left } }],
};
