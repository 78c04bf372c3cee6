// IND_VALUE_UNPARSED: a target/actual that looks numeric but is not one readable number: judgment.
import { cleanForm } from "../../../testkit/fixtures/forms";
import type { Layout } from "../../../testkit/fixtures/spec";
import { at, perLayout, ruleTester, withInd, type Case, type InvalidCase } from "./harness";

const clean = (l: Layout) => cleanForm(l);

ruleTester("IND_VALUE_UNPARSED", {
  valid: [
    ...perLayout<Case>("clean form", (l) => ({ spec: clean(l) })),
    ...perLayout<Case>("thousands separators: `1,000人次`", (l) => ({
      spec: withInd(clean(l), 0, { value: "1,000", actual: "1,020" }),
    })),
    ...perLayout<Case>("full-width digits: `５２０`", (l) => ({
      spec: withInd(clean(l), 0, { actual: "５２０" }),
    })),
    ...perLayout<Case>("text without digits is qualitative, not unparsed", (l) => ({
      spec: withInd(clean(l), 4, { actual: "较好" }),
    })),
  ],
  invalid: [
    ...perLayout<InvalidCase>("a range target: `3-5次`", (l) => ({
      spec: withInd(clean(l), 0, { name: "督导检查", value: "3-5", unit: "次", actual: "4" }),
      findings: [{ severity: "warning", cell: at.target(0) }],
      absent: ["IND_SCORE_MISMATCH"],
    })),
    ...perLayout<InvalidCase>("an approximate actual: `约520人次`", (l) => ({
      spec: withInd(clean(l), 0, { actual: "约520人次" }),
      findings: [{ severity: "warning", cell: at.ind(0, "actual") }],
    })),
  ],
});
