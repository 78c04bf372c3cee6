// TOTAL_MISSING: the total score cell is blank on a filled-in form.
import type { FormRule } from "./rule";

export const totalMissing: FormRule = {
  code: "TOTAL_MISSING",
  severity: "error",
  scope: "form",
  messages: {
    default: { zh: "总分未填写", en: "The total score is blank" },
    computable: {
      zh: "总分未填写（应为 {expected}，重新计算时将写入）",
      en: "The total score is blank (should be {expected}; recompute writes it)",
    },
  },
  check: (f) => {
    const t = f.total;
    if (!t || f.unfilled || t.cell.kind !== "empty") return [];
    if (t.arithmetic === null) return [{ at: t.cell.at }];
    return [
      {
        at: t.cell.at,
        variant: "computable",
        data: { expected: t.arithmetic.toFixed() },
        expected: t.arithmetic.toFixed(),
      },
    ];
  },
};
