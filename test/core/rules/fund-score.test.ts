// FUND_SCORE: budget 得分 = round2(min(执行率, 1) × weight) on the total row; blank is a warning.
import { money, percent, points } from "../../../testkit/fixtures/forms";
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
    // One cause, one finding: the score taken from the wrong printed rate is FUND_RATE's to name.
    ...perLayout<Case>(
      "rate printed 82.12% (100% computed), score 8.21 from it: FUND_RATE's",
      (l) => ({
        spec: withFundTotal(budgetForm(l, "100", "100"), {
          rate: percent(0.8212),
          score: points(8.21),
        }),
        check: (r) => {
          const rate = r.findings.filter((f) => f.code === "FUND_RATE");
          expect(rate).toHaveLength(1);
          expect(rate[0].severity).toBe("error");
          expect(rate[0].message.zh).toContain("预算执行率得分 8.21 也应为 10");
          expect(rate[0].message.en).toContain("8.21");
          // The recompute writes both cells.
          expect(r.evaluation.writes.map((w) => w.role).sort()).toEqual(["budgetScore", "rate"]);
        },
      })
    ),
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
    // docs/rules.md §3: judged on its own — matching neither the printed nor the computed rate.
    ...perLayout<InvalidCase>(
      "rate 100%, printed 82.12%, score 8.5: FUND_SCORE beside FUND_RATE",
      (l) => ({
        spec: withFundTotal(budgetForm(l, "100", "100"), {
          rate: percent(0.8212),
          score: points(8.5),
        }),
        findings: [{ severity: "error", cell: at.fund("score") }],
        check: (r) => {
          const rate = r.findings.filter((f) => f.code === "FUND_RATE");
          expect(rate.map((f) => f.severity)).toEqual(["error"]);
          expect(rate[0].message.zh).not.toContain("8.5");
        },
      })
    ),
    ...perLayout<InvalidCase>("a (20分) weight: 9.50 is half the score", (l) => ({
      spec: withBudgetWeight(l, 20, 9.5),
      findings: [{ severity: "error", cell: at.fund("score") }],
    })),
  ],
});
