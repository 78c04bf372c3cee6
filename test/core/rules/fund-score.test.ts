// FUND_SCORE: budget 得分 = round2(min(执行率, 1) × weight) on the total row; blank is a warning.
import { money, points } from "../../../testkit/fixtures/forms";
import type { FormSpec, Layout } from "../../../testkit/fixtures/spec";
import {
  at,
  budgetForm,
  mainSource,
  perLayout,
  ruleTester,
  withFundTotal,
  withSource,
  type Case,
  type InvalidCase,
} from "./harness";

/** Budget 0 on the total row while a 其中 row holds money: the score is not computable. */
function zeroBudgetWithSourceMoney(l: Layout): FormSpec {
  const form = withSource(budgetForm(l, "0", "0"), mainSource(l), {
    budget: money(100),
    executed: money(95),
  });
  return withFundTotal(form, { score: points(9.5) });
}

/** Some forms repeat 10 in the 其中 rows' 分值/得分 cells: never added, never checked. */
function repeatedSourceScores(l: Layout): FormSpec {
  let form = budgetForm(l, "100", "95");
  form.funding.sources.forEach((_s, i) => {
    form = withSource(form, i, l === "central-2020" ? { weight: 10, score: 10 } : { score: 10 });
  });
  return form;
}

function withBudgetWeight(l: Layout, weight: number, score: number): FormSpec {
  const form = budgetForm(l, "100", "95");
  return withFundTotal(
    { ...form, funding: { ...form.funding, budgetWeight: weight } },
    {
      score: points(score),
    }
  );
}

ruleTester("FUND_SCORE", {
  valid: [
    ...perLayout<Case>("95% × 10 = 9.50", (l) => ({ spec: budgetForm(l, "100", "95") })),
    ...perLayout<Case>("seed: 89.55% × 10 = 8.96", (l) => ({
      spec: budgetForm(l, "50.06", "44.83"),
    })),
    ...perLayout<Case>("`8.9600` = 8.96", (l) => ({
      spec: withFundTotal(budgetForm(l, "50.06", "44.83"), { score: "8.9600" }),
    })),
    ...perLayout<Case>("overspent: the score is capped at the weight", (l) => ({
      spec: budgetForm(l, "100", "110"),
    })),
    ...perLayout<Case>("all rows 0: score 0", (l) => ({ spec: budgetForm(l, "0", "0") })),
    ...perLayout<Case>("budget 0 with money in a 其中 row: not computable, not scored", (l) => ({
      spec: zeroBudgetWithSourceMoney(l),
      check: (r) => expect(r.evaluation.forms[0].budget.computed).toBeNull(),
    })),
    ...perLayout<Case>("其中 rows' 分值/得分 are ignored", (l) => ({
      spec: repeatedSourceScores(l),
      absent: ["TOTAL_MISMATCH"],
    })),
    ...perLayout<Case>("a (20分) budget weight: 95% × 20 = 19", (l) => ({
      spec: withBudgetWeight(l, 20, 19),
    })),
  ],
  invalid: [
    ...perLayout<InvalidCase>("9 entered, 9.50 computed", (l) => ({
      spec: withFundTotal(budgetForm(l, "100", "95"), { score: points(9) }),
      findings: [{ severity: "error", cell: at.fund("score") }],
    })),
    ...perLayout<InvalidCase>("10 entered for an overspent block is fine, 11 is not", (l) => ({
      spec: withFundTotal(budgetForm(l, "100", "110"), { score: points(11) }),
      findings: [{ severity: "error", cell: at.fund("score") }],
    })),
    ...perLayout<InvalidCase>("scored from the rounded rate: 9 for 89.55%", (l) => ({
      spec: withFundTotal(budgetForm(l, "50.06", "44.83"), { score: "9.00" }),
      findings: [{ severity: "error", cell: at.fund("score") }],
    })),
    ...perLayout<InvalidCase>("all rows 0 but 10 entered", (l) => ({
      spec: withFundTotal(budgetForm(l, "0", "0"), { score: points(10) }),
      findings: [{ severity: "error", cell: at.fund("score") }],
    })),
    ...perLayout<InvalidCase>("blank budget score is a warning", (l) => ({
      spec: withFundTotal(budgetForm(l, "100", "95"), { score: null }),
      findings: [{ severity: "warning", cell: at.fund("score") }],
    })),
    ...perLayout<InvalidCase>("a (20分) weight: 9.50 is half the score", (l) => ({
      spec: withBudgetWeight(l, 20, 9.5),
      findings: [{ severity: "error", cell: at.fund("score") }],
    })),
  ],
});
