// IND_UNIT_MISMATCH: target and actual in units that do not convert (个 vs 人): judgment.
import { cleanForm } from "../../../testkit/fixtures/forms";
import type { Layout } from "../../../testkit/fixtures/spec";
import { at, perLayout, ruleTester, withInd, type Case, type InvalidCase } from "./harness";

const clean = (l: Layout) => cleanForm(l);
const actual = (i: number) => at.ind(i, "actual");

ruleTester("IND_UNIT_MISMATCH", {
  valid: [
    ...perLayout<Case>("clean form", (l) => ({ spec: clean(l) })),
    ...perLayout<Case>("an actual without a unit takes the target's", (l) => ({
      spec: withInd(clean(l), 0, { actual: "520" }),
    })),
    ...perLayout<Case>("元 vs 万元 convert", (l) => ({
      spec: withInd(clean(l), 3, { actual: "0.19万元" }),
    })),
    ...perLayout<Case>("`百分比` is `%`", (l) => ({
      spec: withInd(clean(l), 1, { actual: "98百分比" }),
    })),
  ],
  invalid: [
    ...perLayout<InvalidCase>("`个` vs `人`", (l) => ({
      spec: withInd(clean(l), 0, { name: "培训班", value: "10", unit: "个", actual: "10人" }),
      findings: [{ severity: "warning", cell: actual(0) }],
      absent: ["IND_SCORE_MISMATCH", "IND_TARGET_MISSED"],
    })),
    ...perLayout<InvalidCase>("人次 vs 个", (l) => ({
      spec: withInd(clean(l), 0, { actual: "520个" }),
      findings: [{ severity: "warning", cell: actual(0) }],
    })),
    ...perLayout<InvalidCase>("% vs 元", (l) => ({
      spec: withInd(clean(l), 1, { actual: "98元" }),
      findings: [{ severity: "warning", cell: actual(1) }],
    })),
  ],
});
