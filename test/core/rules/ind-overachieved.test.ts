// IND_OVERACHIEVED: actual ≥ 130% of a higher-is-better target — warning unexplained, info explained.
import { cleanForm, points } from "../../../testkit/fixtures/forms";
import type { Layout } from "../../../testkit/fixtures/spec";
import {
  at,
  perLayout,
  ruleTester,
  withInd,
  withTotal,
  type Case,
  type InvalidCase,
} from "./harness";

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

// Deployment policies (docs/rules.md §5): 2 points off, or no deduction allowed. The score cell's
// problem is IND_SCORE_MISMATCH's; IND_OVERACHIEVED then says nothing more of the row.
const over = (l: Layout, score: number, deviation?: string) =>
  withTotal(
    withInd(clean(l), 0, {
      actual: "700",
      score: points(score),
      ...(deviation ? { deviation } : {}),
    }),
    points(79.5 + score),
    l === "central-2020" ? undefined : "优"
  );

ruleTester("IND_OVERACHIEVED", {
  valid: [
    ...perLayout<Case>("deduct: 20 entered is IND_SCORE_MISMATCH's, not this code's", (l) => ({
      spec: over(l, 20),
      options: { overachievePolicy: "deduct" },
    })),
    ...perLayout<Case>("no-deduction: 18 entered is IND_SCORE_MISMATCH's", (l) => ({
      spec: over(l, 18, "目标偏低"),
      options: { overachievePolicy: "no-deduction" },
    })),
    ...perLayout<Case>("a ratio of 150%: 140% is not overachieved", (l) => ({
      spec: withInd(clean(l), 0, { actual: "700" }),
      options: { overachievePercent: 150 },
    })),
  ],
  invalid: [
    ...perLayout<InvalidCase>("deduct: 18 entered (2 off) is info", (l) => ({
      spec: over(l, 18),
      options: { overachievePolicy: "deduct" },
      findings: [{ severity: "info", cell: actual(0) }],
      absent: ["IND_SCORE_MISMATCH", "TOTAL_MISMATCH"],
      check: (r) => expect(r.evaluation.writes).toEqual([]),
    })),
    ...perLayout<InvalidCase>("no-deduction: full marks, unexplained, is info", (l) => ({
      spec: over(l, 20),
      options: { overachievePolicy: "no-deduction" },
      findings: [{ severity: "info", cell: actual(0) }],
    })),
    ...perLayout<InvalidCase>("a ratio of 120%: 125% is overachieved", (l) => ({
      spec: withInd(clean(l), 0, { actual: "625" }),
      options: { overachievePercent: 120 },
      findings: [{ severity: "warning", cell: actual(0) }],
    })),
  ],
});

ruleTester("IND_SCORE_MISMATCH", {
  valid: [],
  invalid: [
    ...perLayout<InvalidCase>("deduct: 20 entered, 18 due", (l) => ({
      spec: over(l, 20),
      options: { overachievePolicy: "deduct" },
      findings: [{ severity: "error", cell: at.ind(0, "score") }],
      check: (r) => {
        const f = r.findings.find((x) => x.code === "IND_SCORE_MISMATCH")!;
        expect(f.expected).toBe("18");
        expect(f.message.zh).toContain("扣 2 分");
        const w = r.evaluation.writes.find((x) => x.role === "indicatorScore");
        expect(Number(w?.value)).toBe(18);
      },
    })),
    ...perLayout<InvalidCase>(
      "no-deduction: 18 explained is still a warning, and 20 is written",
      (l) => ({
        spec: over(l, 18, "目标偏低"),
        options: { overachievePolicy: "no-deduction" },
        findings: [{ severity: "warning", cell: at.ind(0, "score") }],
        check: (r) => {
          expect(r.findings.find((x) => x.code === "IND_SCORE_MISMATCH")?.message.zh).toContain(
            "不得扣分"
          );
          const w = r.evaluation.writes.find((x) => x.role === "indicatorScore");
          expect(Number(w?.value)).toBe(20);
        },
      })
    ),
  ],
});
