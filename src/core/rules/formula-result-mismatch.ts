// FORMULA_RESULT_MISMATCH: a computed cell holds a formula whose result differs (never overwritten).
import type { Dec } from "../decimal";
import { computedCells } from "../score/computed-cells";
import type { ComputedRole } from "../types";
import { pct } from "./format";
import type { FormRule } from "./rule";

const ROLE_TEXT: Record<ComputedRole, { zh: string; en: string }> = {
  rate: { zh: "执行率", en: "execution rate" },
  balance: { zh: "结转结余", en: "balance" },
  budgetScore: { zh: "预算执行率得分", en: "budget score" },
  indicatorScore: { zh: "指标得分", en: "indicator score" },
  total: { zh: "总分", en: "total" },
  grade: { zh: "自评等级", en: "grade" },
};

export const formulaResultMismatch: FormRule = {
  code: "FORMULA_RESULT_MISMATCH",
  severity: "error",
  scope: "form",
  messages: {
    default: {
      zh: "{role}单元格的公式 {formula} 结果为 {actual}，应为 {expected}；公式不会被改写，请修正公式",
      en: "The {role} formula {formula} gives {actual}, not {expected}; formulas are never overwritten, fix it",
    },
  },
  check: (f) =>
    computedCells(f)
      .filter((c) => c.cell.formula && !c.formulaMatches)
      .map((c) => {
        const x = c.formulaExpected;
        const expected =
          typeof x === "string" ? x : c.role === "rate" ? pct(x as Dec) : (x as Dec).toFixed();
        return {
          at: c.cell.at,
          data: { role: ROLE_TEXT[c.role], formula: c.cell.formula!, actual: c.cell.raw, expected },
          expected,
          actual: c.cell.raw,
        };
      }),
};
