// IND_ACTUAL_NOT_MEASURED: a numeric or date target answered with words (`完成`, `无上访`): judgment.
import { cleanForm } from "../../../testkit/fixtures/forms";
import type { Layout } from "../../../testkit/fixtures/spec";
import { at, perLayout, ruleTester, withInd, type Case, type InvalidCase } from "./harness";

const clean = (l: Layout) => cleanForm(l);
const actual = (i: number) => at.ind(i, "actual");

ruleTester("IND_ACTUAL_NOT_MEASURED", {
  valid: [
    ...perLayout<Case>("clean form", (l) => ({ spec: clean(l) })),
    ...perLayout<Case>("a text target answered with `完成`", (l) => ({
      spec: withInd(clean(l), 4, { actual: "完成" }),
    })),
    ...perLayout<Case>("a text target answered with `达到预期指标`", (l) => ({
      spec: withInd(clean(l), 5, { actual: "达到预期指标" }),
    })),
    ...perLayout<Case>("a missing actual is IND_INCOMPLETE's", (l) => ({
      spec: withInd(clean(l), 0, { actual: "" }),
    })),
  ],
  invalid: [
    ...perLayout<InvalidCase>("≥500人次 answered `完成`", (l) => ({
      spec: withInd(clean(l), 0, { actual: "完成" }),
      findings: [{ severity: "warning", cell: actual(0) }],
      absent: ["IND_SCORE_MISMATCH", "IND_SCORE_OUT_OF_BAND"],
    })),
    ...perLayout<InvalidCase>("≤0次 answered `无上访`", (l) => ({
      spec: withInd(clean(l), 3, {
        name: "群众上访",
        cmp: "≤",
        value: "0",
        unit: "次",
        actual: "无上访",
      }),
      findings: [{ severity: "warning", cell: actual(3) }],
    })),
    ...perLayout<InvalidCase>("a date target answered `按时完成`", (l) => ({
      spec: withInd(clean(l), 2, { actual: "按时完成" }),
      findings: [{ severity: "warning", cell: actual(2) }],
    })),
  ],
});
