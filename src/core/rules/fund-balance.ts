// FUND_BALANCE: 资金结(转)余 ≠ 全年预算数 − 全年执行数.
import type { Dec } from "../decimal";
import { computedCells } from "../score/computed-cells";
import { entered, shown } from "./format";
import type { FormRule } from "./rule";

export const fundBalance: FormRule = {
  code: "FUND_BALANCE",
  severity: "error",
  scope: "form",
  messages: {
    default: {
      zh: "结转结余应为 全年预算数 − 全年执行数 = {expected}，填报为 {actual}",
      en: "The balance should be budget − executed = {expected}; the form says {actual}",
    },
  },
  check: (f) =>
    computedCells(f)
      .filter((c) => c.role === "balance" && !c.matches && !c.cell.formula)
      .map((c) => {
        const expected = (c.expected as Dec).toFixed();
        return {
          at: c.cell.at,
          data: { expected, actual: shown(c.cell) || { zh: "（空）", en: "(blank)" } },
          expected,
          actual: entered(c.cell),
        };
      }),
};
