// TARGET_BUDGET_MISMATCH: the 自评表's 年初预算数 differs from the target form's annual amount (元 ↔ 万元).
import { fromYuan, toYuan } from "../targets/read";
import { amountText, formName, initialBudget, where } from "./target-cells";
import type { TargetRule } from "./rule";

export const targetBudgetMismatch: TargetRule = {
  code: "TARGET_BUDGET_MISMATCH",
  severity: "warning",
  scope: "targets",
  messages: {
    default: {
      zh: "年初预算数 {actual} 与{form}的年度资金总额 {expected}（{where}）不符",
      en: "年初预算数 {actual} differs from the annual amount (年度资金总额) {expected} in {form} ({where})",
    },
  },
  check: (p) => {
    if (p.kind !== "pair") return [];
    const a = p.target.annual;
    const cell = initialBudget(p.form);
    if (!a?.yuan || !cell || cell.kind !== "number" || cell.percent) return [];
    const unit = p.form.layout.funding!.moneyUnit;
    if (toYuan(cell.num!, unit).eq(a.yuan)) return [];
    return [
      {
        at: cell.at,
        data: {
          form: formName(p.target),
          where: where(p.target, a.cell),
          actual: amountText(cell.num!, unit),
          expected: amountText(a.amount!, a.unit),
        },
        expected: fromYuan(a.yuan, unit).toFixed(),
        actual: cell.num!.toFixed(),
      },
    ];
  },
};
