// IND_TARGET_MISSED: a quantitative or date target not met — warning, info when the deviation is explained.
import { cleanForm, points } from "../../../testkit/fixtures/forms";
import type { Layout } from "../../../testkit/fixtures/spec";
import { at, perLayout, ruleTester, withInd, type Case, type InvalidCase } from "./harness";

const clean = (l: Layout) => cleanForm(l);
const actual = (i: number) => at.ind(i, "actual");

ruleTester("IND_TARGET_MISSED", {
  valid: [
    ...perLayout<Case>("clean form", (l) => ({ spec: clean(l) })),
    ...perLayout<Case>("exactly the target", (l) => ({
      spec: withInd(clean(l), 0, { actual: "500" }),
    })),
    ...perLayout<Case>("le met: 2000 of ≤2000", (l) => ({
      spec: withInd(clean(l), 3, { actual: "2000" }),
    })),
    ...perLayout<Case>("date on time at the coarser precision", (l) => ({
      spec: withInd(clean(l), 2, { value: "2022年12月", actual: "2022年12月31日" }),
    })),
    ...perLayout<Case>("`12月底前` met in the form's 年度", (l) => ({
      spec: withInd(clean(l), 2, { value: "12月底前", actual: "2022年12月20日" }),
    })),
    ...perLayout<Case>("元 ↔ 万元 converted before comparing", (l) => ({
      spec: withInd(clean(l), 3, { value: "2000", unit: "元", actual: "0.19万元" }),
    })),
    ...perLayout<Case>("judgment indicators have no target to miss", (l) => ({
      spec: withInd(clean(l), 4, { actual: "有所提升", score: points(16), deviation: "仍需加强" }),
    })),
  ],
  invalid: [
    ...perLayout<InvalidCase>("450 of ≥500, scored 18 as the rule says, unexplained", (l) => ({
      spec: withInd(clean(l), 0, { actual: "450", score: points(18) }),
      findings: [{ severity: "warning", cell: actual(0) }],
      // One problem, one finding: the deduction is the missed target's.
      absent: ["IND_DEVIATION_MISSING", "IND_SCORE_MISMATCH"],
    })),
    ...perLayout<InvalidCase>("450 of ≥500 with a deviation text: info", (l) => ({
      spec: withInd(clean(l), 0, {
        actual: "450",
        score: points(18),
        deviation: "部分学员因疫情未能参训",
      }),
      findings: [{ severity: "info", cell: actual(0) }],
    })),
    ...perLayout<InvalidCase>("le missed: 2500 of ≤2000", (l) => ({
      spec: withInd(clean(l), 3, { actual: "2500", score: points(8) }),
      findings: [{ severity: "warning", cell: actual(3) }],
      absent: ["IND_DEVIATION_MISSING"],
    })),
    ...perLayout<InvalidCase>("date late by a month", (l) => ({
      spec: withInd(clean(l), 2, { value: "2022年12月", actual: "2023年1月", score: points(8) }),
      findings: [{ severity: "warning", cell: actual(2) }],
      absent: ["IND_DEVIATION_MISSING"],
    })),
    ...perLayout<InvalidCase>("`12月底前` missed: 2023年1月", (l) => ({
      spec: withInd(clean(l), 2, { value: "12月底前", actual: "2023年1月", score: points(8) }),
      findings: [{ severity: "warning", cell: actual(2) }],
    })),
    ...perLayout<InvalidCase>("`6月底前` vs `7月`: both take the form's 年度", (l) => ({
      spec: withInd(clean(l), 2, { value: "6月底前", actual: "7月", score: points(8) }),
      findings: [{ severity: "warning", cell: actual(2) }],
    })),
    ...perLayout<InvalidCase>("missed after 元 → 万元 conversion", (l) => ({
      spec: withInd(clean(l), 0, {
        name: "培训投入",
        cmp: "≥",
        value: "44.83",
        unit: "万元",
        actual: "400000元",
        score: points(17.85),
      }),
      findings: [{ severity: "warning", cell: actual(0) }],
    })),
  ],
});
