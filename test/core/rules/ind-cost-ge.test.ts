// IND_COST_GE: a 成本指标 with a `≥` target (a cost is a ceiling); scored as written.
import { cleanForm } from "../../../testkit/fixtures/forms";
import type { Layout } from "../../../testkit/fixtures/spec";
import { at, perLayout, ruleTester, withInd, type Case, type InvalidCase } from "./harness";

const clean = (l: Layout) => cleanForm(l);

ruleTester("IND_COST_GE", {
  valid: [
    ...perLayout<Case>("clean form (≤2000元)", (l) => ({ spec: clean(l) })),
    ...perLayout<Case>("a saving rate under 成本指标 may be ≥", (l) => ({
      spec: withInd(clean(l), 3, {
        name: "成本节约率",
        cmp: "≥",
        value: "5",
        unit: "%",
        actual: "6",
      }),
    })),
    ...perLayout<Case>("≥ outside 成本指标", (l) => ({ spec: withInd(clean(l), 0, { cmp: "≥" }) })),
  ],
  invalid: [
    ...perLayout<InvalidCase>("人均培训成本 ≥2000元", (l) => ({
      spec: withInd(clean(l), 3, { cmp: "≥", actual: "2000" }),
      findings: [{ severity: "warning", cell: at.target(3) }],
    })),
  ],
});
