// IND_SCORE_MISMATCH: entered ≠ the rule's score — error above it, warning below, info when explained.
import { cleanForm, points } from "../../../testkit/fixtures/forms";
import type { Layout } from "../../../testkit/fixtures/spec";
import {
  at,
  LAYOUTS,
  noWeightColumn,
  patchInd,
  perLayout,
  ruleTester,
  withInd,
  type Case,
  type InvalidCase,
} from "./harness";

const clean = (l: Layout) => cleanForm(l);
const NOT_SICHUAN = LAYOUTS.filter((l) => l !== "sichuan");
const score = (i: number) => at.ind(i, "score");

/** 培训合格率 (weight 10) with a target of 100% and an actual of `actual`%. */
const rate = (l: Layout, target: string, actual: string, s: number | string, deviation = "无") =>
  withInd(clean(l), 1, {
    value: target,
    actual,
    score: typeof s === "number" ? points(s) : s,
    deviation,
  });

/** 人均培训成本 (weight 10, ≤2000元) with `actual` 元. */
const cost = (l: Layout, actual: string, s: number) =>
  withInd(clean(l), 3, { actual, score: points(s) });

/** 培训完成时间 (weight 10): a date target and actual. */
const date = (l: Layout, value: string, actual: string, s: number) =>
  withInd(clean(l), 2, { value, actual, score: points(s) });

/** A lower-is-better count with a target of 0. */
const zeroTarget = (l: Layout, actual: string, s: number) =>
  withInd(clean(l), 3, {
    name: "安全责任事故",
    cmp: "≤",
    value: "0",
    unit: "次",
    actual,
    score: points(s),
  });

ruleTester("IND_SCORE_MISMATCH", {
  valid: [
    ...perLayout<Case>("clean form", (l) => ({ spec: clean(l) })),
    ...perLayout<Case>("9.80 for 98 of 100 (weight 10)", (l) => ({
      spec: rate(l, "100", "98", 9.8),
    })),
    ...perLayout<Case>("`8.9600` = 8.96 (89.6 of 100)", (l) => ({
      spec: rate(l, "100", "89.6", "8.9600"),
    })),
    ...perLayout<Case>("le: w × t / a = 10 × 2000 / 2500 = 8", (l) => ({
      spec: cost(l, "2500", 8),
    })),
    ...perLayout<Case>("le: w × (1 − (a − t)/t) = 7.5 is accepted too", (l) => ({
      spec: cost(l, "2500", 7.5),
    })),
    ...perLayout<Case>("le: from 2 × target the finance formula gives 0", (l) => ({
      spec: cost(l, "4000", 0),
    })),
    ...perLayout<Case>("le: target 0, actual > 0 → 0", (l) => ({ spec: zeroTarget(l, "1", 0) })),
    ...perLayout<Case>("le: target 0, actual 0 → full", (l) => ({ spec: zeroTarget(l, "0", 10) })),
    ...perLayout<Case>("date: `2022年12月15日` meets `2022年12月` (month precision)", (l) => ({
      spec: date(l, "2022年12月", "2022年12月15日", 10),
    })),
    ...perLayout<Case>("date: `2022年12月` meets `2022年12月15日` (month precision)", (l) => ({
      spec: date(l, "2022年12月15日", "2022年12月", 10),
    })),
    ...perLayout<Case>("date without a year takes the form's 年度", (l) => ({
      spec: date(l, "12月底前", "2022年12月20日", 10),
    })),
    ...perLayout<Case>("date late, score below the weight: judgment", (l) => ({
      spec: date(l, "2022年12月", "2023年1月", 8),
    })),
    ...perLayout<Case>(
      "comparator in words: `不低于95%`",
      (l) => ({
        spec: patchInd(rate(l, "95", "93.1", 9.8), 1, {
          target: "不低于95%",
          targetAdjusted: l === "shanxi" ? "不低于95%" : undefined,
        }),
      }),
      NOT_SICHUAN
    ),
    ...perLayout<Case>(
      "comparator in words: `95%以上`",
      (l) => ({
        spec: patchInd(rate(l, "95", "93.1", 9.8), 1, {
          target: "95%以上",
          targetAdjusted: l === "shanxi" ? "95%以上" : undefined,
        }),
      }),
      NOT_SICHUAN
    ),
    ...perLayout<Case>(
      "sichuan's 指标性质 `正向` means ≥",
      (l) => ({ spec: patchInd(rate(l, "95", "93.1", 9.8), 1, { nature: "正向" }) }),
      ["sichuan"]
    ),
    ...perLayout<Case>("`=44.83万元` is a measured value (seed)", (l) => ({
      spec: withInd(clean(l), 3, {
        cmp: "≤",
        value: "44.83",
        unit: "万元",
        actual: "=44.83万元",
      }),
      absent: ["IND_ACTUAL_COMPARATOR"],
    })),
    ...perLayout<Case>("元 ↔ 万元: 500632.41元 vs =44.83万元 (seed's 成本)", (l) => ({
      spec: withInd(clean(l), 3, {
        name: "成本",
        cmp: undefined,
        value: "500632.41",
        unit: "元",
        actual: "=44.83万元",
      }),
    })),
    ...perLayout<Case>("an actual with ≥ is scored on its number", (l) => ({
      spec: withInd(clean(l), 1, { actual: "≥98%" }),
    })),
    ...perLayout<Case>(
      "sichuan's 指标性质 `定性`: judgment even with numbers",
      (l) => ({
        spec: withInd(clean(l), 0, { cmp: "定性", actual: "450", score: points(19) }),
      }),
      ["sichuan"]
    ),
    ...perLayout<Case>("judgment indicators are never computed", (l) => ({
      spec: withInd(clean(l), 4, { score: points(17), deviation: "部分单位未反馈" }),
    })),
    ...perLayout<Case>("no weight column: every score is judgment", (l) => ({
      spec: noWeightColumn(withInd(clean(l), 0, { actual: "450", score: points(20) })),
    })),
    ...perLayout<Case>("a score above the weight is IND_SCORE_OVER_WEIGHT's", (l) => ({
      spec: withInd(clean(l), 0, { score: points(22) }),
    })),
    ...perLayout<Case>("a negative score is IND_SCORE_INVALID's", (l) => ({
      spec: withInd(clean(l), 0, { score: points(-1) }),
    })),
  ],
  invalid: [
    ...perLayout<InvalidCase>("above: 19 for 450 of 500 (rule: 18)", (l) => ({
      spec: withInd(clean(l), 0, { actual: "450", score: points(19) }),
      findings: [{ severity: "error", cell: score(0) }],
    })),
    ...perLayout<InvalidCase>("below: 18 though the target is met, unexplained", (l) => ({
      spec: withInd(clean(l), 0, { score: points(18) }),
      findings: [{ severity: "warning", cell: score(0) }],
      absent: ["IND_DEVIATION_MISSING"],
      // An unexplained deduction is recomputed: the rule's 20 is written (text stays text).
      check: (r) => {
        const write = r.evaluation.writes.find((w) => w.cell === score(0)(r.forms[0]));
        expect(Number(write?.value)).toBe(20);
      },
    })),
    ...perLayout<InvalidCase>("below but explained: info", (l) => ({
      spec: withInd(clean(l), 0, { score: points(18), deviation: "部分学员未完成结业考核" }),
      findings: [{ severity: "info", cell: score(0) }],
      // An explained deduction is kept (docs/rules.md §6): the entered 18 is not overwritten.
      check: (r) =>
        expect(r.evaluation.writes.map((w) => w.cell)).not.toContain(score(0)(r.forms[0])),
    })),
    ...perLayout<InvalidCase>("`9` ≠ 9.8 (scores at 2 decimals)", (l) => ({
      spec: rate(l, "100", "98", 9),
      findings: [{ severity: "warning", cell: score(1) }],
    })),
    ...perLayout<InvalidCase>("`8.97` ≠ 8.96", (l) => ({
      spec: rate(l, "100", "89.6", "8.97"),
      findings: [{ severity: "error", cell: score(1) }],
    })),
    ...perLayout<InvalidCase>("le: 9 for 2500 of ≤2000 (either formula ≤ 8)", (l) => ({
      spec: cost(l, "2500", 9),
      findings: [{ severity: "error", cell: score(3) }],
    })),
    ...perLayout<InvalidCase>("le: 7 is below both formulas", (l) => ({
      spec: cost(l, "2500", 7),
      findings: [{ severity: "warning", cell: score(3) }],
    })),
    ...perLayout<InvalidCase>("le: target 0 and actual 1: 5 is above 0", (l) => ({
      spec: zeroTarget(l, "1", 5),
      findings: [{ severity: "error", cell: score(3) }],
    })),
    ...perLayout<InvalidCase>("eq: `=100%` with 98% scores 9.8, not 10", (l) => ({
      spec: withInd(clean(l), 1, { cmp: "=", value: "100", actual: "98", score: points(10) }),
      findings: [{ severity: "error", cell: score(1) }],
    })),
    ...perLayout<InvalidCase>("date late: full marks are not allowed", (l) => ({
      spec: date(l, "2022年12月", "2023年1月", 10),
      findings: [{ severity: "error", cell: score(2) }],
    })),
    ...perLayout<InvalidCase>("date without a year, late in the form's 年度", (l) => ({
      spec: date(l, "6月底前", "7月", 10),
      findings: [{ severity: "error", cell: score(2) }],
    })),
  ],
});
