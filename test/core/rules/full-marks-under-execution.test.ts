// FULL_MARKS_UNDER_EXECUTION: every indicator full while 执行率 < 90% and nothing is explained.
import { points } from "../../../testkit/fixtures/forms";
import { seedWorkbookSpec } from "../../../testkit/fixtures/seed";
import {
  at,
  budgetForm,
  perLayout,
  ruleTester,
  withFundTotal,
  withInd,
  type Case,
  type InvalidCase,
} from "./harness";

ruleTester("FULL_MARKS_UNDER_EXECUTION", {
  valid: [
    ...perLayout<Case>("95%", (l) => ({ spec: budgetForm(l, "100", "95") })),
    ...perLayout<Case>("exactly 90%", (l) => ({ spec: budgetForm(l, "100", "90") })),
    ...perLayout<Case>("85% with a deduction", (l) => ({
      spec: withInd(budgetForm(l, "100", "85"), 5, {
        score: points(8),
        deviation: "成果应用尚在推进",
      }),
    })),
    ...perLayout<Case>("85% with a deviation text on a full indicator", (l) => ({
      spec: withInd(budgetForm(l, "100", "85"), 0, { deviation: "部分资金年底前未支付" }),
    })),
    ...perLayout<Case>(
      "85% explained in the funding block's 原因",
      (l) => ({ spec: withFundTotal(budgetForm(l, "100", "85"), { reason: "结算滞后" }) }),
      ["sichuan"]
    ),
    ...perLayout<Case>("unfilled form", (l) => {
      const form = budgetForm(l, "100", "85");
      return {
        spec: {
          ...withFundTotal(form, { score: null }),
          indicators: form.indicators.map((i) => ({ ...i, score: null })),
          total: { score: null },
        },
      };
    }),
  ],
  invalid: [
    ...perLayout<InvalidCase>("85% and all indicators full", (l) => ({
      spec: budgetForm(l, "100", "85"),
      findings: [{ severity: "warning", cell: at.fund("rate") }],
    })),
    {
      // The seed's 安可替代工程经费: 89.55% executed, every indicator 满分, nothing explained.
      name: "the seed's 89.55% form",
      spec: seedWorkbookSpec("per-sheet"),
      findings: [{ severity: "warning", cell: at.fund("rate"), form: 1 }],
    },
    {
      name: "the seed's 89.55% form, numbers as numbers",
      spec: seedWorkbookSpec("stacked", "numeric"),
      findings: [{ severity: "warning", cell: at.fund("rate"), form: 1 }],
    },
  ],
});
