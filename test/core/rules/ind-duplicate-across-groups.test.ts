// IND_DUPLICATE_ACROSS_GROUPS: one indicator listed under two 一级指标.
import { cleanForm } from "../../../testkit/fixtures/forms";
import type { Layout } from "../../../testkit/fixtures/spec";
import { at, perLayout, ruleTester, withInd, type Case, type InvalidCase } from "./harness";

const clean = (l: Layout) => cleanForm(l);

ruleTester("IND_DUPLICATE_ACROSS_GROUPS", {
  valid: [
    ...perLayout<Case>("clean form", (l) => ({ spec: clean(l) })),
    ...perLayout<Case>("the same name twice under one 一级指标 is not this code's", (l) => ({
      spec: withInd(clean(l), 1, { name: "培训人次" }),
    })),
  ],
  invalid: [
    ...perLayout<InvalidCase>("培训人次 under 产出 and under 效益", (l) => ({
      spec: withInd(clean(l), 5, { name: "培训人次" }),
      findings: [{ severity: "warning", cell: at.ind(5, "name") }],
    })),
  ],
});
