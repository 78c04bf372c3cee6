// GRADE_MISSING: the form has a grade cell (shanxi's after the total, sichuan's 自评等级 row) and it is blank.
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
const WITH_GRADE_CELL = ["shanxi", "sichuan"] as const;

ruleTester("GRADE_MISSING", {
  valid: [
    ...perLayout<Case>("clean form", (l) => ({ spec: clean(l) })),
    ...perLayout<Case>("unfilled form", (l) => ({ spec: unfilled(clean(l)) }), WITH_GRADE_CELL),
    // central-2020 has no grade cell: nothing can be missing.
    ...perLayout<Case>("no grade cell", (l) => ({ spec: clean(l) }), ["central-2020"]),
  ],
  invalid: [
    ...perLayout<InvalidCase>(
      "blank grade",
      (l) => ({
        spec: withTotal(clean(l), clean(l).total.score, null),
        findings: [{ severity: "warning", cell: at.cell("grade") }],
        absent: ["GRADE_MISMATCH"],
      }),
      WITH_GRADE_CELL
    ),
    ...perLayout<InvalidCase>(
      "`—` as grade",
      (l) => ({
        spec: withTotal(clean(l), clean(l).total.score, "—"),
        findings: [{ severity: "warning", cell: at.cell("grade") }],
      }),
      WITH_GRADE_CELL
    ),
  ],
});
