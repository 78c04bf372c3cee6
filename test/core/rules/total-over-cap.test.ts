// TOTAL_OVER_CAP: under the execution-rate cap (70–80% → ≤ 89, 60–70% → ≤ 79, < 60% → ≤ 69, < 50% → ≤ 59)
// an entered total above the cap is an error; the recompute writes the capped total and its grade.
import type { EvaluateOptions } from "../../../src/core";
import { points } from "../../../testkit/fixtures/forms";
import type { Layout } from "../../../testkit/fixtures/spec";
import {
  at,
  budgetForm,
  perLayout,
  ruleTester,
  withTotal,
  type Case,
  type InvalidCase,
  type Result,
} from "./harness";

const CAP: EvaluateOptions = { totalCap: "execution-rate" };
const total = at.cell("totalScore");

/** The total as the cap leaves it, with its grade where the layout has a grade cell. */
function capped(l: Layout, executed: string, score: number, grade: string) {
  return withTotal(
    budgetForm(l, "100", executed),
    points(score),
    l === "central-2020" ? undefined : grade
  );
}

function writesCapped(value: number, grade: string | null) {
  return (r: Result) => {
    const w = r.evaluation.writes;
    // A text cell gets text (`89.00`), a number cell a number.
    expect(Number(w.find((x) => x.role === "total")?.value)).toBe(value);
    if (grade) expect(w.find((x) => x.role === "grade")?.value).toBe(grade);
  };
}

ruleTester("TOTAL_OVER_CAP", {
  valid: [
    ...perLayout<Case>("no cap by default: 75% with 97.5", (l) => ({
      spec: budgetForm(l, "100", "75"),
    })),
    ...perLayout<Case>("75%: 89 entered, 良", (l) => ({
      spec: capped(l, "75", 89, "良"),
      options: CAP,
      absent: ["TOTAL_MISMATCH", "GRADE_MISMATCH"],
      check: (r) => expect(r.evaluation.writes.filter((w) => w.role === "total")).toEqual([]),
    })),
    ...perLayout<Case>("exactly 80%: no cap", (l) => ({
      spec: budgetForm(l, "100", "80"),
      options: CAP,
    })),
    ...perLayout<Case>("95%: no cap", (l) => ({ spec: budgetForm(l, "100", "95"), options: CAP })),
  ],
  invalid: [
    ...perLayout<InvalidCase>("75% with 97.5 entered: at most 89", (l) => ({
      spec: budgetForm(l, "100", "75"),
      options: CAP,
      findings: [{ severity: "error", cell: total }],
      absent: ["TOTAL_MISMATCH", "GRADE_MISMATCH"],
      check: (r) => {
        writesCapped(89, l === "central-2020" ? null : "良")(r);
        expect(r.evaluation.forms[0].total.computed).toBe("89");
        expect(r.findings.find((f) => f.code === "TOTAL_OVER_CAP")?.expected).toBe("89");
      },
    })),
    ...perLayout<InvalidCase>("65%: at most 79", (l) => ({
      spec: budgetForm(l, "100", "65"),
      options: CAP,
      findings: [{ severity: "error", cell: total }],
      check: writesCapped(79, l === "central-2020" ? null : "中"),
    })),
    ...perLayout<InvalidCase>("55%: at most 69", (l) => ({
      spec: budgetForm(l, "100", "55"),
      options: CAP,
      findings: [{ severity: "error", cell: total }],
      check: writesCapped(69, l === "central-2020" ? null : "中"),
    })),
    ...perLayout<InvalidCase>("45%: at most 59", (l) => ({
      spec: budgetForm(l, "100", "45"),
      options: CAP,
      findings: [{ severity: "error", cell: total }],
      check: writesCapped(59, l === "central-2020" ? null : "差"),
    })),
  ],
});

// A total formula is never overwritten: its result is FORMULA_RESULT_MISMATCH's, and a grade that
// would follow its cached (uncapped) value is held, not written.
ruleTester("FORMULA_RESULT_MISMATCH", {
  valid: [],
  invalid: perLayout<InvalidCase>(
    "75%, a total formula the core cannot evaluate, cached 97.5",
    (l) => ({
      spec: withTotal(budgetForm(l, "100", "75"), { formula: "'其他表'!A1", value: 97.5 }, "良"),
      options: CAP,
      findings: [{ severity: "error", cell: total }],
      absent: ["TOTAL_OVER_CAP", "TOTAL_MISMATCH"],
      check: (r) =>
        expect(r.evaluation.writes.filter((w) => w.role === "total" || w.role === "grade")).toEqual(
          []
        ),
    }),
    ["shanxi", "sichuan"]
  ).filter((c) => !c.name.includes("text")),
});

// The capped total below the cap but not the capped sum: TOTAL_MISMATCH says both numbers.
ruleTester("TOTAL_MISMATCH", {
  valid: [],
  invalid: [
    ...perLayout<InvalidCase>("75%, sum 97.5, 88 entered: should be 89 (capped)", (l) => ({
      spec: capped(l, "75", 88, "良"),
      options: CAP,
      findings: [{ severity: "error", cell: total }],
      absent: ["TOTAL_OVER_CAP"],
      check: (r) => {
        const f = r.findings.find((x) => x.code === "TOTAL_MISMATCH")!;
        expect(f.expected).toBe("89");
        expect(f.message.zh).toContain("97.5");
      },
    })),
  ],
});
