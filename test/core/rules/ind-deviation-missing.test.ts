// IND_DEVIATION_MISSING: a score below the weight with no deviation text, the target not being missed.
import { cleanForm, points } from "../../../testkit/fixtures/forms";
import type { Layout } from "../../../testkit/fixtures/spec";
import {
  at,
  noWeightColumn,
  perLayout,
  ruleTester,
  withInd,
  type Case,
  type InvalidCase,
} from "./harness";

const clean = (l: Layout) => cleanForm(l);
const deviation = (i: number) => at.ind(i, "deviation");

ruleTester("IND_DEVIATION_MISSING", {
  valid: [
    ...perLayout<Case>("clean form (full marks, `无`)", (l) => ({ spec: clean(l) })),
    ...perLayout<Case>("deduction explained", (l) => ({
      spec: withInd(clean(l), 5, { score: points(8), deviation: "成果转化机制尚不健全" }),
    })),
    ...perLayout<Case>("target missed: IND_TARGET_MISSED's", (l) => ({
      spec: withInd(clean(l), 0, { actual: "450", score: points(18) }),
    })),
    ...perLayout<Case>("date late: IND_TARGET_MISSED's", (l) => ({
      spec: withInd(clean(l), 2, { value: "2022年12月", actual: "2023年1月", score: points(8) }),
    })),
    ...perLayout<Case>("a deduction the formula does not give: IND_SCORE_MISMATCH's", (l) => ({
      spec: withInd(clean(l), 0, { score: points(18) }),
    })),
    ...perLayout<Case>("no weight column: an indicator's weight is not known", (l) => ({
      spec: noWeightColumn(withInd(clean(l), 5, { score: points(8) })),
    })),
    ...perLayout<Case>("a blank score: IND_SCORE_MISSING's", (l) => ({
      spec: withInd(clean(l), 5, { score: null }),
    })),
  ],
  invalid: [
    ...perLayout<InvalidCase>("judgment scored 8 of 10 with `无`", (l) => ({
      spec: withInd(clean(l), 5, { score: points(8) }),
      findings: [{ severity: "warning", cell: deviation(5) }],
    })),
    ...perLayout<InvalidCase>("judgment scored 8 of 10 with a blank deviation cell", (l) => ({
      spec: withInd(clean(l), 5, { score: points(8), deviation: null }),
      findings: [{ severity: "warning", cell: deviation(5) }],
    })),
    ...perLayout<InvalidCase>("`无偏差` is empty text", (l) => ({
      spec: withInd(clean(l), 4, { score: points(17), deviation: "无偏差" }),
      findings: [{ severity: "warning", cell: deviation(4) }],
    })),
    // docs/rules.md §4: `同上`, `见上`, `暂无` explain nothing; the message quotes them.
    ...["同上", "见上", "暂无", "同上。"].flatMap((text) =>
      perLayout<InvalidCase>(`\`${text}\` is empty text`, (l) => ({
        spec: withInd(clean(l), 5, { score: points(8), deviation: text }),
        findings: [{ severity: "warning", cell: deviation(5) }],
        check: (r) =>
          expect(r.findings.find((f) => f.code === "IND_DEVIATION_MISSING")?.message.zh).toContain(
            `“${text}”`
          ),
      }))
    ),
    ...perLayout<InvalidCase>("units that do not convert: judgment, 18 of 20 unexplained", (l) => ({
      spec: withInd(clean(l), 0, { actual: "520个", score: points(18) }),
      findings: [{ severity: "warning", cell: deviation(0) }],
    })),
  ],
});
