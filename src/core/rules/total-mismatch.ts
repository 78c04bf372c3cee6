// TOTAL_MISMATCH: the entered total ≠ budget score + Σ indicator scores as entered on the form (no
// higher than the deployment's cap, whose breach is TOTAL_OVER_CAP's).
import { round2 } from "../decimal";
import { errorCells } from "../score/error-cells";
import { eq2 } from "../score/num-cell";
import type { FormRule } from "./rule";

export const totalMismatch: FormRule = {
  code: "TOTAL_MISMATCH",
  severity: "error",
  scope: "form",
  messages: {
    default: {
      zh: "总分应为 预算执行率得分 + 各指标得分 = {expected}，填报为 {actual}",
      en: "The total should be budget score + indicator scores = {expected}; the form says {actual}",
    },
    recomputed: {
      zh: "总分应为 预算执行率得分 + 各指标得分（按表内填报）= {expected}，填报为 {actual}；按规则重新计算各得分后总分为 {recomputed}",
      en: "The total should be budget score + indicator scores as entered = {expected}; the form says {actual}. After re-scoring by the rules the total is {recomputed}",
    },
    capped: {
      zh: "总分应为 预算执行率得分 + 各指标得分 = {uncapped}，按执行率封顶为 {expected}，填报为 {actual}",
      en: "The total should be budget score + indicator scores = {uncapped}, capped by the execution rate at {expected}; the form says {actual}",
    },
    invalid: {
      zh: "总分“{actual}”不是有效数字（应为 {expected}）",
      en: "The total “{actual}” is not a number (should be {expected})",
    },
  },
  check: (f) => {
    const t = f.total;
    if (!t || f.unfilled || t.arithmetic === null || t.cell.formula || t.cell.kind === "empty")
      return [];
    // A total or a score showing #REF! is CELL_ERROR_VALUE's: the form's sum cannot be known.
    if (errorCells(f).some((e) => e.role === "total" || e.role?.endsWith("Score"))) return [];
    const expected = t.arithmetic.toFixed();
    if (t.cell.kind === "invalid") {
      return [
        {
          at: t.cell.at,
          variant: "invalid",
          data: { expected, actual: t.cell.raw },
          expected,
          actual: t.cell.raw,
        },
      ];
    }
    if (eq2(t.cell.num!, t.arithmetic)) return [];
    // Above the deployment's cap: TOTAL_OVER_CAP says so, with the capped total (one problem, one finding).
    if (t.cap !== null && round2(t.cell.num!).gt(t.cap)) return [];
    const actual = t.cell.num!.toFixed();
    if (t.uncapped !== null && !eq2(t.uncapped, t.arithmetic))
      return [
        {
          at: t.cell.at,
          variant: "capped",
          data: { expected, actual, uncapped: t.uncapped.toFixed() },
          expected,
          actual,
        },
      ];
    // The form's own sum and the rules' re-scored total can differ: say both, so the table's "计算" column agrees.
    const recomputed = t.recomputed?.toFixed();
    const variant = recomputed && recomputed !== expected ? "recomputed" : "default";
    return [
      {
        at: t.cell.at,
        variant,
        data: { expected, actual, recomputed: recomputed ?? "" },
        expected,
        actual,
      },
    ];
  },
};
