// TOTAL_MISSING: a blank total on a filled-in form.
import { cleanForm } from "../../../testkit/fixtures/forms";
import type { Layout } from "../../../testkit/fixtures/spec";
import {
  at,
  perLayout,
  ruleTester,
  unfilled,
  withTotal,
  type Case,
  type InvalidCase,
} from "./harness";

const clean = (l: Layout) => cleanForm(l);

ruleTester("TOTAL_MISSING", {
  valid: [
    ...perLayout<Case>("clean form", (l) => ({ spec: clean(l) })),
    ...perLayout<Case>("unfilled form", (l) => ({ spec: unfilled(clean(l)) })),
  ],
  invalid: [
    ...perLayout<InvalidCase>("blank total", (l) => ({
      spec: withTotal(clean(l), null),
      findings: [{ severity: "error", cell: at.cell("totalScore") }],
      absent: ["TOTAL_MISMATCH"],
      check: (r) =>
        expect(r.findings.find((f) => f.code === "TOTAL_MISSING")?.expected).toBe("99.5"),
    })),
    ...perLayout<InvalidCase>("`—` in the total", (l) => ({
      spec: withTotal(clean(l), "—"),
      findings: [{ severity: "error", cell: at.cell("totalScore") }],
    })),
  ],
});
