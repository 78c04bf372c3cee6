// IND_INCOMPLETE: a named indicator without its weight (error), or without target or actual (warning).
import { cleanForm, indicatorFor, points } from "../../../testkit/fixtures/forms";
import type { FormSpec, Layout } from "../../../testkit/fixtures/spec";
import {
  at,
  insertAfter,
  patchInd,
  perLayout,
  ruleTester,
  unfilled,
  withInd,
  type Case,
  type InvalidCase,
} from "./harness";

const clean = (l: Layout) => cleanForm(l);

/** Blank placeholder rows, as templates leave them under 经济效益指标 / 生态效益指标. */
function withPlaceholders(l: Layout): FormSpec {
  return insertAfter(clean(l), 4, [
    { level2: "经济效益指标", name: "" },
    { level2: "生态效益指标", name: "……" },
    { name: "/" },
  ]);
}

/** 其中 breakdown rows under 培训人次: no weight, no score. */
function withBreakdown(l: Layout): FormSpec {
  const part = (name: string, value: string, actual: string) =>
    indicatorFor(l, { name, cmp: "≥", value, unit: "人次", actual, weight: null, score: null });
  return insertAfter(clean(l), 0, [
    part("其中：处级干部", "200", "210"),
    part("其中：科级干部", "300", "310"),
  ]);
}

/** No target: shanxi leaves both 年初 and 调整后 blank. */
const noTarget = (l: Layout) =>
  patchInd(clean(l), 0, { target: null, targetAdjusted: l === "shanxi" ? null : undefined });

ruleTester("IND_INCOMPLETE", {
  valid: [
    ...perLayout<Case>("clean form", (l) => ({ spec: clean(l) })),
    ...perLayout<Case>("placeholder rows are skipped silently", (l) => ({
      spec: withPlaceholders(l),
      absent: ["IND_SCORE_MISSING", "WEIGHT_TOTAL"],
    })),
    ...perLayout<Case>("其中 breakdown rows need no weight or score", (l) => ({
      spec: withBreakdown(l),
      absent: ["IND_SCORE_MISSING", "IND_BREAKDOWN_SUM"],
    })),
    ...perLayout<Case>("an unfilled form may lack its actuals", (l) => ({
      spec: unfilled(clean(l)).indicators.reduce(
        (f, _i, k) => patchInd(f, k, { actual: null }),
        unfilled(clean(l))
      ),
    })),
    ...perLayout<Case>(
      "`/` in the target of shanxi's 调整后指标值 falls back to 年初指标值",
      (l) => ({
        spec: patchInd(clean(l), 0, { targetAdjusted: "/" }),
      }),
      ["shanxi"]
    ),
  ],
  invalid: [
    ...perLayout<InvalidCase>("no weight: error, and no IND_SCORE_MISSING", (l) => ({
      spec: withInd(clean(l), 0, { weight: null, score: null }),
      findings: [{ severity: "error", cell: at.ind(0, "weight") }],
      absent: ["IND_SCORE_MISSING"],
    })),
    ...perLayout<InvalidCase>("a weight in words", (l) => ({
      spec: withInd(clean(l), 0, { weight: "二十" }),
      findings: [{ severity: "error", cell: at.ind(0, "weight") }],
    })),
    ...perLayout<InvalidCase>("a negative weight", (l) => ({
      spec: withInd(clean(l), 0, { weight: points(-20) }),
      findings: [{ severity: "error", cell: at.ind(0, "weight") }],
    })),
    ...perLayout<InvalidCase>("no target: warning", (l) => ({
      spec: noTarget(l),
      findings: [{ severity: "warning", cell: at.ind(0, "target") }],
      absent: ["IND_SCORE_MISMATCH"],
    })),
    ...perLayout<InvalidCase>("no actual: warning, scored by judgment", (l) => ({
      spec: withInd(clean(l), 0, { actual: "—" }),
      findings: [{ severity: "warning", cell: at.ind(0, "actual") }],
      absent: ["IND_SCORE_MISMATCH", "IND_ACTUAL_NOT_MEASURED"],
    })),
    ...perLayout<InvalidCase>("values but no name", (l) => ({
      spec: withInd(clean(l), 1, { name: "" }),
      findings: [{ severity: "warning", cell: at.ind(1, "score") }],
    })),
    ...perLayout<InvalidCase>(
      "a blank score on a named row without weight is still one finding",
      (l) => ({
        spec: withInd(clean(l), 6, { weight: null, score: points(10) }),
        findings: [{ severity: "error", cell: at.ind(6, "weight") }],
      })
    ),
  ],
});
