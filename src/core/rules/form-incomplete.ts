// FORM_INCOMPLETE: a form without its funding block, indicator block or total row.
import type { LocalizedText } from "../types";
import type { FormRule } from "./rule";

export const formIncomplete: FormRule = {
  code: "FORM_INCOMPLETE",
  severity: "error",
  scope: "form",
  messages: {
    default: {
      zh: "自评表不完整：缺少{parts}，相关检查已跳过",
      en: "Incomplete form: {parts} missing; the checks that need it were skipped",
    },
  },
  check: (f) => {
    const missing: LocalizedText[] = [];
    if (!f.layout.funding || f.layout.funding.totalRow === null) {
      missing.push({ zh: "资金块（年度资金总额行）", en: "the funding block (年度资金总额 row)" });
    }
    if (!f.layout.indicators) missing.push({ zh: "绩效指标块", en: "the indicator block" });
    else if (!f.layout.total && !f.scoreless)
      missing.push({ zh: "总分行", en: "the total row (总分)" });
    if (!missing.length) return [];
    const parts = {
      zh: missing.map((m) => m.zh).join("、"),
      en: missing.map((m) => m.en).join(", "),
    };
    return [{ at: f.layout.anchor, data: { parts } }];
  },
};
