// FORM_UNFILLED: no indicator score and no total entered, so score checks are skipped.
import type { FormRule } from "./rule";

export const formUnfilled: FormRule = {
  code: "FORM_UNFILLED",
  severity: "info",
  scope: "form",
  messages: {
    default: {
      zh: "自评表尚未填写得分（指标得分和总分均为空），已跳过得分、总分和等级检查",
      en: "The form has no scores yet (no indicator score, no total): score, total and grade checks skipped",
    },
  },
  check: (f) =>
    f.unfilled && f.layout.indicators && !f.scoreless
      ? [{ at: f.layout.total?.scoreCell ?? f.layout.anchor }]
      : [],
};
