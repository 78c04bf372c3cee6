// IND_OVERACHIEVED: actual ≥ 130% of a higher-is-better target — warning unexplained, info explained.
import { cleanForm } from "../../../testkit/fixtures/forms";
import type { Layout } from "../../../testkit/fixtures/spec";
import { at, perLayout, ruleTester, withInd, type Case, type InvalidCase } from "./harness";

const clean = (l: Layout) => cleanForm(l);
const actual = (i: number) => at.ind(i, "actual");

ruleTester("IND_OVERACHIEVED", {
  valid: [
    ...perLayout<Case>("clean form (104%)", (l) => ({ spec: clean(l) })),
    ...perLayout<Case>("129.8% of the target", (l) => ({
      spec: withInd(clean(l), 0, { actual: "649" }),
    })),
    ...perLayout<Case>("lower-is-better far below its target", (l) => ({
      spec: withInd(clean(l), 3, { actual: "500" }),
    })),
    ...perLayout<Case>("judgment indicators", (l) => ({
      spec: withInd(clean(l), 4, { actual: "显著提升" }),
    })),
  ],
  invalid: [
    ...perLayout<InvalidCase>("700 of ≥500 (140%), unexplained", (l) => ({
      spec: withInd(clean(l), 0, { actual: "700" }),
      findings: [{ severity: "warning", cell: actual(0) }],
    })),
    ...perLayout<InvalidCase>("exactly 130%", (l) => ({
      spec: withInd(clean(l), 0, { actual: "650" }),
      findings: [{ severity: "warning", cell: actual(0) }],
    })),
    ...perLayout<InvalidCase>("700 of ≥500 explained: info", (l) => ({
      spec: withInd(clean(l), 0, { actual: "700", deviation: "新增专题培训班2期" }),
      findings: [{ severity: "info", cell: actual(0) }],
    })),
    ...perLayout<InvalidCase>("percentages: 70% of ≥50%", (l) => ({
      spec: withInd(clean(l), 1, { value: "50", actual: "70" }),
      findings: [{ severity: "warning", cell: actual(1) }],
    })),
  ],
});
