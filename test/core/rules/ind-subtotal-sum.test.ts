// IND_SUBTOTAL_SUM: a 小计/合计 row inside the indicator block is checked against its rows, never scored.
import { cleanForm, points } from "../../../testkit/fixtures/forms";
import type { Layout } from "../../../testkit/fixtures/spec";
import { insertAfter, perLayout, ruleTester, type Case } from "./harness";

const clean = (l: Layout) => cleanForm(l);
// The clean forms' 产出 rows: 20 + 10 + 10 + 10 = 50.
const subtotal = (weight: number, score: number, name = "小计") =>
  insertAfter(clean("shanxi"), 3, [{ name, weight: points(weight), score: points(score) }]);
const at4 =
  (role: "weight" | "score") => (m: { indicators: { cells: Record<string, string> }[] }) =>
    m.indicators[4].cells[role];

ruleTester("IND_SUBTOTAL_SUM", {
  valid: [
    ...perLayout<Case>("clean form", (l) => ({ spec: clean(l) })),
    ...perLayout<Case>("a 产出小计 row that adds up, never written", (l) => ({
      spec: insertAfter(clean(l), 3, [
        { level2: "产出小计", name: "", weight: points(50), score: points(50) },
      ]),
      absent: ["WEIGHT_TOTAL", "TOTAL_MISMATCH", "IND_INCOMPLETE"],
      check: (r) => expect(r.evaluation.writes).toEqual([]),
    })),
    ...perLayout<Case>("a 合计 row over every indicator above the 总分 row", (l) => ({
      spec: {
        ...clean(l),
        indicators: [
          ...clean(l).indicators,
          { name: "合计", weight: points(90), score: points(90) },
        ],
      },
      absent: ["TOTAL_MISMATCH", "WEIGHT_TOTAL"],
    })),
  ],
  invalid: [
    {
      name: "a 小计 whose weight is not its rows' sum",
      spec: subtotal(40, 50),
      findings: [{ severity: "warning", cell: at4("weight") }],
      absent: ["WEIGHT_TOTAL"],
    },
    {
      name: "a 小计 whose score is not its rows' sum",
      spec: subtotal(50, 45),
      findings: [{ severity: "warning", cell: at4("score") }],
      absent: ["TOTAL_MISMATCH"],
    },
  ],
});
