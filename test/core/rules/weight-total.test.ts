// WEIGHT_TOTAL: Σ indicator weights + the budget weight must be 100.
import { cleanForm, points } from "../../../testkit/fixtures/forms";
import type { FormSpec, Layout } from "../../../testkit/fixtures/spec";
import {
  at,
  noWeightColumn,
  perLayout,
  ruleTester,
  withInd,
  type Case,
  type CellPick,
  type InvalidCase,
} from "./harness";

const clean = (l: Layout) => cleanForm(l);

/** central: the total row's 100; sichuan: its blank 权重 cell; shanxi (label merged over it): the first weight. */
const weightTotalCell = (l: Layout): CellPick =>
  l === "central-2020"
    ? at.cell("totalWeight")
    : l === "sichuan"
      ? at.totalRow("weight")
      : at.ind(0, "weight");

function budgetWeight(l: Layout, weight: number, form: FormSpec = clean(l)): FormSpec {
  return { ...form, funding: { ...form.funding, budgetWeight: weight } };
}

ruleTester("WEIGHT_TOTAL", {
  valid: [
    ...perLayout<Case>("clean form: 90 + 10", (l) => ({ spec: clean(l) })),
    ...perLayout<Case>("a (20分) budget with indicators of 80", (l) => ({
      spec: budgetWeight(l, 20, withInd(clean(l), 0, { weight: points(10), score: points(10) })),
    })),
    ...perLayout<Case>("no weight column: (50分) + (30分) + (10分) + 10", (l) => ({
      spec: noWeightColumn(clean(l)),
    })),
    ...perLayout<Case>("a missing weight is IND_INCOMPLETE's", (l) => ({
      spec: withInd(clean(l), 0, { weight: null }),
    })),
  ],
  invalid: [
    ...perLayout<InvalidCase>("95 + 10 = 105", (l) => ({
      spec: withInd(clean(l), 0, { weight: points(25) }),
      findings: [{ severity: "error", cell: weightTotalCell(l) }],
    })),
    ...perLayout<InvalidCase>("a (20分) budget with indicators of 90", (l) => ({
      spec: budgetWeight(l, 20),
      findings: [{ severity: "error", cell: weightTotalCell(l) }],
    })),
    ...perLayout<InvalidCase>("no weight column: 产出指标(40分) makes 90", (l) => ({
      spec: noWeightColumn(clean(l), { 产出指标: 40 }),
      findings: [{ severity: "error", cell: at.ind(0, "level1") }],
    })),
  ],
});
