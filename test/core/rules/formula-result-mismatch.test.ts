// FORMULA_RESULT_MISMATCH: a computed cell holding a formula whose result differs; never overwritten.
import { cleanForm } from "../../../testkit/fixtures/forms";
import type { CellInput, Layout } from "../../../testkit/fixtures/spec";
import {
  at,
  perLayout,
  ruleTester,
  withFundTotal,
  withInd,
  withTotal,
  type CellPick,
  type Case,
  type InvalidCase,
  type Result,
} from "./harness";

const clean = (l: Layout) => cleanForm(l);

const SUM = "{fund.score}+SUM({ind.score.first}:{ind.score.last})";
const total = (value: number): CellInput => ({ value, numFmt: "0.00", formula: SUM });
const rate = (value: number): CellInput => ({
  value,
  numFmt: "0.00%",
  formula: "{executed}/{budget}",
});

/** The cell is never among the writes. */
const notWritten =
  (pick: CellPick) =>
  (r: Result): void => {
    const cell = pick(r.forms[0]);
    expect(r.evaluation.writes.map((w) => w.cell)).not.toContain(cell);
  };

ruleTester("FORMULA_RESULT_MISMATCH", {
  valid: [
    ...perLayout<Case>("clean form", (l) => ({ spec: clean(l) })),
    ...perLayout<Case>("a total formula with the right result", (l) => ({
      spec: withTotal(clean(l), total(99.5)),
      check: notWritten(at.cell("totalScore")),
    })),
    ...perLayout<Case>("a rate formula with the right result", (l) => ({
      spec: withFundTotal(clean(l), { rate: rate(0.95) }),
    })),
    ...perLayout<Case>("an indicator score formula with the right result", (l) => ({
      spec: withInd(clean(l), 0, { score: { value: 20, numFmt: "0.00", formula: "{weight}" } }),
    })),
  ],
  invalid: [
    ...perLayout<InvalidCase>("a total formula whose result is 95", (l) => ({
      spec: withTotal(clean(l), total(95)),
      findings: [{ severity: "error", cell: at.cell("totalScore") }],
      absent: ["TOTAL_MISMATCH"],
      check: notWritten(at.cell("totalScore")),
    })),
    ...perLayout<InvalidCase>("a rate formula whose result is 90%", (l) => ({
      spec: withFundTotal(clean(l), { rate: rate(0.9) }),
      findings: [{ severity: "error", cell: at.fund("rate") }],
      absent: ["FUND_RATE"],
      check: notWritten(at.fund("rate")),
    })),
    ...perLayout<InvalidCase>("a budget score formula giving 9", (l) => ({
      spec: withFundTotal(clean(l), {
        score: { value: 9, numFmt: "0.00", formula: "ROUNDDOWN({rate}*10,0)" },
      }),
      findings: [{ severity: "error", cell: at.fund("score") }],
      absent: ["FUND_SCORE"],
      check: notWritten(at.fund("score")),
    })),
    ...perLayout<InvalidCase>(
      "an indicator score formula giving 18 where the rule gives 20",
      (l) => ({
        spec: withInd(clean(l), 0, {
          score: { value: 18, numFmt: "0.00", formula: "{weight}*0.9" },
        }),
        findings: [{ severity: "error", cell: at.ind(0, "score") }],
        absent: ["IND_SCORE_MISMATCH"],
        check: notWritten(at.ind(0, "score")),
      })
    ),
    ...perLayout<InvalidCase>(
      "a balance formula giving 6",
      (l) => ({
        spec: withFundTotal(clean(l), {
          balance: { value: 6, numFmt: "0.00", formula: "{budget}-{executed}+1" },
        }),
        findings: [{ severity: "error", cell: at.fund("balance") }],
        absent: ["FUND_BALANCE"],
        check: notWritten(at.fund("balance")),
      }),
      ["shanxi"]
    ),
    ...perLayout<InvalidCase>(
      "a grade formula giving 良",
      (l) => ({
        spec: withTotal(clean(l), clean(l).total.score, {
          value: "良",
          formula: 'IF({total.score}>=99.9,"优","良")',
        }),
        findings: [{ severity: "error", cell: at.cell("grade") }],
        absent: ["GRADE_MISMATCH"],
        check: notWritten(at.cell("grade")),
      }),
      ["shanxi", "sichuan"]
    ),
  ],
});
