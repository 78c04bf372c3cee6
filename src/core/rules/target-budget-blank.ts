// TARGET_BUDGET_BLANK: the 自评表 leaves 年初预算数 blank while its target form gives the annual amount.
import { fromYuan } from "../targets/read";
import { amountText, formName, initialBudget, targetHit, where } from "./target-cells";
import type { TargetRule } from "./rule";

export const targetBudgetBlank: TargetRule = {
  code: "TARGET_BUDGET_BLANK",
  severity: "warning",
  scope: "targets",
  messages: {
    default: {
      zh: "年初预算数未填写；{form}（{where}）的年度资金总额为 {expected}",
      en: "年初预算数 is blank; the annual amount (年度资金总额) in {form} ({where}) is {expected}",
    },
  },
  check: (p) => {
    if (p.kind !== "pair") return [];
    const a = p.target.annual;
    if (!a?.amount || !a.yuan || !a.amount.gt(0)) return [];
    const cell = initialBudget(p.form);
    if (cell && cell.kind !== "empty") return [];
    const unit = p.form.layout.funding?.moneyUnit ?? a.unit;
    const hit = {
      data: {
        form: formName(p.target),
        where: where(p.target, a.cell),
        expected: amountText(a.amount, a.unit),
      },
      expected: fromYuan(a.yuan, unit).toFixed(),
    };
    // No 年初预算数 column at all: the amount's own cell, or the form's head from a --targets file.
    return [
      cell ? { ...hit, at: cell.at } : targetHit(p.target, a.cell, p.form.layout.anchor, hit),
    ];
  },
};
