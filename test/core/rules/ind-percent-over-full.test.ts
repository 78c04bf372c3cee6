// IND_PERCENT_OVER_FULL: a rate or 满意度 written above 100%.
import { cleanForm } from "../../../testkit/fixtures/forms";
import type { Layout } from "../../../testkit/fixtures/spec";
import { at, perLayout, ruleTester, withInd, type Case, type InvalidCase } from "./harness";

const clean = (l: Layout) => cleanForm(l);

ruleTester("IND_PERCENT_OVER_FULL", {
  valid: [
    ...perLayout<Case>("clean form (98%, 95%)", (l) => ({ spec: clean(l) })),
    ...perLayout<Case>("exactly 100%", (l) => ({ spec: withInd(clean(l), 6, { actual: "100" }) })),
    ...perLayout<Case>("a growth rate may pass 100%", (l) => ({
      spec: withInd(clean(l), 1, { name: "培训人次增长率", value: "10", actual: "120" }),
    })),
    ...perLayout<Case>("a completion rate (actual ÷ plan) may pass 100%", (l) => ({
      spec: withInd(clean(l), 1, { name: "培训计划完成率", value: "100", actual: "110" }),
    })),
    ...perLayout<Case>("a count above 100 is not a percentage", (l) => ({
      spec: withInd(clean(l), 0, { actual: "520" }),
    })),
  ],
  invalid: [
    ...perLayout<InvalidCase>("满意度 120% of ≥90%: impossible, not overachieved", (l) => ({
      spec: withInd(clean(l), 6, { actual: "120" }),
      findings: [{ severity: "warning", cell: at.ind(6, "actual") }],
      absent: ["IND_OVERACHIEVED"],
    })),
    ...perLayout<InvalidCase>("合格率 target ≥105%", (l) => ({
      spec: withInd(clean(l), 1, { value: "105", actual: "105" }),
      findings: [
        { severity: "warning", cell: at.target(1) },
        { severity: "warning", cell: at.ind(1, "actual") },
      ],
    })),
  ],
});
