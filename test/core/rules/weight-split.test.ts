// WEIGHT_SPLIT: the level-1 split differs from the "原则上" 产出 50 / 效益 30 / 满意度 10 + 预算 10 (info).
import { cleanForm, points } from "../../../testkit/fixtures/forms";
import type { Layout } from "../../../testkit/fixtures/spec";
import {
  at,
  noWeightColumn,
  perLayout,
  ruleTester,
  withInd,
  type Case,
  type InvalidCase,
} from "./harness";

const clean = (l: Layout) => cleanForm(l);

/** 产出 60 / 效益 20: still 100 in all. */
const shifted = (l: Layout) =>
  withInd(withInd(clean(l), 0, { weight: points(30), score: points(30) }), 4, {
    weight: points(10),
    score: points(10),
  });

ruleTester("WEIGHT_SPLIT", {
  valid: [
    ...perLayout<Case>("clean form: 50 / 30 / 10 / 10", (l) => ({ spec: clean(l) })),
    ...perLayout<Case>("no weight column, labels 50 / 30 / 10", (l) => ({
      spec: noWeightColumn(clean(l)),
    })),
    ...perLayout<Case>("a missing weight: the split is unknown", (l) => ({
      spec: withInd(shifted(l), 1, { weight: null }),
    })),
  ],
  invalid: [
    ...perLayout<InvalidCase>("60 / 20 / 10 / 10", (l) => ({
      spec: shifted(l),
      findings: [{ severity: "info", cell: at.header("level1") }],
      absent: ["WEIGHT_TOTAL"],
    })),
    ...perLayout<InvalidCase>("no weight column, labels 60 / 20 / 10", (l) => ({
      spec: noWeightColumn(clean(l), { 产出指标: 60, 效益指标: 20 }),
      findings: [{ severity: "info", cell: at.header("level1") }],
    })),
  ],
});
