// WEIGHT_AS_PERCENT: weights typed as percentages are reported once, checked ×100, and nothing is written.
import { cleanForm } from "../../../testkit/fixtures/forms";
import type { CellInput, FormSpec, Layout } from "../../../testkit/fixtures/spec";
import { asText, at, LAYOUTS, perLayout, ruleTester, type Case, type InvalidCase } from "./harness";

const clean = (l: Layout) => cleanForm(l);

/** Every indicator weight typed as a fraction with a % format (20 → 20%), and central's 10 too. */
function asPercent(form: FormSpec, fmt = "0%"): FormSpec {
  const pct = (w: CellInput | undefined): CellInput => ({
    value: Number((w as { value: number }).value) / 100,
    numFmt: fmt,
  });
  const withWeights = {
    ...form,
    indicators: form.indicators.map((i) => ({ ...i, weight: pct(i.weight) })),
  };
  if (form.layout !== "central-2020") return withWeights;
  const total = { ...form.funding.total, weight: { value: 0.1, numFmt: fmt } };
  return { ...withWeights, funding: { ...form.funding, total } };
}

ruleTester("WEIGHT_AS_PERCENT", {
  valid: [
    ...perLayout<Case>("clean form", (l) => ({ spec: clean(l) })),
    ...LAYOUTS.map((l): Case => ({
      name: `weights typed as text “20%” read as 20 points [${l}]`,
      spec: asText(asPercent(clean(l))),
    })),
    ...perLayout<Case>("one weight of 1 among points is not percentages", (l) => ({
      spec: {
        ...clean(l),
        indicators: clean(l).indicators.map((i, k) => (k === 0 ? { ...i, weight: 1 } : i)),
      },
    })),
  ],
  invalid: LAYOUTS.flatMap((l): InvalidCase[] => [
    {
      // Numbers only: text "20%" reads as 20 points, which is what it says (a valid case above).
      name: `weights typed as 20%, 10% … [${l}]`,
      spec: asPercent(clean(l)),
      findings: [{ severity: "error", cell: at.ind(0, "weight") }],
      absent: ["WEIGHT_TOTAL", "IND_SCORE_OVER_WEIGHT", "FUND_SCORE", "IND_SCORE_MISMATCH"],
      check: (r) => expect(r.evaluation.writes).toEqual([]),
    },
    {
      name: `weights typed as plain fractions (0.2) in General cells [${l}]`,
      spec: asPercent(clean(l), "General"),
      findings: [{ severity: "error", cell: at.ind(0, "weight") }],
      absent: ["WEIGHT_TOTAL"],
      check: (r) => expect(r.evaluation.writes).toEqual([]),
    },
  ]),
});
