// IND_BREAKDOWN_SUM: 其中 rows whose numbers share the parent's unit must add up to the parent's.
import { cleanForm, indicatorFor } from "../../../testkit/fixtures/forms";
import type { FormSpec, Layout } from "../../../testkit/fixtures/spec";
import { at, insertAfter, perLayout, ruleTester, type Case, type InvalidCase } from "./harness";

type Part = [name: string, value: string, actual: string, unit?: string];

/** 培训人次 (≥500, actual 520) followed by 其中 rows. */
function withParts(l: Layout, parts: Part[]): FormSpec {
  return insertAfter(
    cleanForm(l),
    0,
    parts.map(([name, value, actual, unit]) =>
      indicatorFor(l, {
        name,
        cmp: "≥",
        value,
        unit: unit ?? "人次",
        actual,
        weight: null,
        score: null,
        deviation: null,
      })
    )
  );
}

ruleTester("IND_BREAKDOWN_SUM", {
  valid: [
    ...perLayout<Case>("clean form", (l) => ({ spec: cleanForm(l) })),
    ...perLayout<Case>("parts add up: 200 + 300 / 210 + 310", (l) => ({
      spec: withParts(l, [
        ["其中：处级干部", "200", "210"],
        ["其中：科级干部", "300", "310"],
      ]),
    })),
    ...perLayout<Case>("parts in another unit are shown, not summed", (l) => ({
      spec: withParts(l, [["其中：结业率", "95", "98", "%"]]),
    })),
  ],
  invalid: [
    ...perLayout<InvalidCase>("actual parts 210 + 300 ≠ 520", (l) => ({
      spec: withParts(l, [
        ["其中：处级干部", "200", "210"],
        ["其中：科级干部", "300", "300"],
      ]),
      findings: [{ severity: "warning", cell: at.ind(0, "actual") }],
      absent: ["IND_SCORE_MISSING", "IND_INCOMPLETE"],
    })),
    ...perLayout<InvalidCase>("target parts 200 + 200 ≠ 500, actual parts right", (l) => ({
      spec: withParts(l, [
        ["其中：处级干部", "200", "210"],
        ["其中：科级干部", "200", "310"],
      ]),
      findings: [{ severity: "warning", cell: at.target(0) }],
    })),
  ],
});
