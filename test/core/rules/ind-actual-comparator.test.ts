// IND_ACTUAL_COMPARATOR: an actual written with ≥/≤ (a restated target) instead of a measured value.
import { cleanForm } from "../../../testkit/fixtures/forms";
import type { Layout } from "../../../testkit/fixtures/spec";
import { at, perLayout, ruleTester, withInd, type Case, type InvalidCase } from "./harness";

const clean = (l: Layout) => cleanForm(l);
const actual = (i: number) => at.ind(i, "actual");

ruleTester("IND_ACTUAL_COMPARATOR", {
  valid: [
    ...perLayout<Case>("clean form", (l) => ({ spec: clean(l) })),
    ...perLayout<Case>("a leading `=` is dropped silently: `=98%`", (l) => ({
      spec: withInd(clean(l), 1, { actual: "=98%" }),
    })),
    ...perLayout<Case>("`=44.83万元` (seed)", (l) => ({
      spec: withInd(clean(l), 3, { value: "44.83", unit: "万元", actual: "=44.83万元" }),
    })),
  ],
  invalid: [
    ...perLayout<InvalidCase>("`≥98%`, scored on its number", (l) => ({
      spec: withInd(clean(l), 1, { actual: "≥98%" }),
      findings: [{ severity: "warning", cell: actual(1) }],
      absent: ["IND_SCORE_MISMATCH", "IND_TARGET_MISSED"],
    })),
    ...perLayout<InvalidCase>("`≤10%` restating the seed's 故障率 target", (l) => ({
      spec: withInd(clean(l), 3, {
        name: "系统故障率",
        cmp: "≤",
        value: "10",
        unit: "%",
        actual: "≤10%",
      }),
      findings: [{ severity: "warning", cell: actual(3) }],
    })),
    ...perLayout<InvalidCase>("in words: `不低于98%`", (l) => ({
      spec: withInd(clean(l), 1, { actual: "不低于98%" }),
      findings: [{ severity: "warning", cell: actual(1) }],
    })),
    ...perLayout<InvalidCase>("in words: `98%以上`", (l) => ({
      spec: withInd(clean(l), 1, { actual: "98%以上" }),
      findings: [{ severity: "warning", cell: actual(1) }],
    })),
    ...perLayout<InvalidCase>("`>520人次`", (l) => ({
      spec: withInd(clean(l), 0, { actual: ">520人次" }),
      findings: [{ severity: "warning", cell: actual(0) }],
    })),
  ],
});
