// The 总分 row holds its score and grade anywhere (issue 10, item 1): under 得分, merged under the target
// columns with the grade merged across 分值…偏差原因, after a weight total, or beside a 自评等级 label.
import { evaluate } from "../../../src/core";
import type { GridCell } from "../../../testkit/fixtures/grid-forms";
import { projectForm, TOTAL_SHAPES } from "../../../testkit/fixtures/layouts";
import { at, everyPlacement, expectSafeRecompute, problems } from "./check";

/** Where each shape's score and grade cell are, relative to the form (the total row is row 17). */
const CELLS: Record<string, { score: string; grade: string }> = {
  "under 得分, grade after it": { score: "H17", grade: "I17" },
  "under the target columns merged across three, grade merged 分值…偏差原因": {
    score: "D17",
    grade: "G17",
  },
  "after a weight total, left-aligned (总分 | 100 | 99.5 | 优)": { score: "C17", grade: "D17" },
  "grade far right of the score": { score: "D17", grade: "I17" },
  "grade in a 自评等级 cell on the total row": { score: "D17", grade: "H17" },
  "grade on a 评价等级 row under the total": { score: "H17", grade: "H18" },
};

describe.each(Object.keys(TOTAL_SHAPES))("total row: %s", (shape) => {
  const form = projectForm({ total: TOTAL_SHAPES[shape] });
  test.each(everyPlacement(form).map((p) => [p.name, p] as const))(
    "%s: score and grade read where they stand, no finding, nothing written",
    (_name, placed) => {
      const ev = expectSafeRecompute(placed);
      expect(ev.forms).toHaveLength(placed.origins.length);
      ev.forms.forEach((f, k) => {
        expect(f.total).toEqual({
          cell: at(placed.origins[k], CELLS[shape].score),
          entered: "99.5",
          computed: "99.5",
        });
        expect(f.grade).toEqual({
          cell: at(placed.origins[k], CELLS[shape].grade),
          entered: "优",
          computed: "优",
        });
      });
    }
  );

  test.each(
    everyPlacement(withTotal(form, CELLS[shape].score, 95)).map((p) => [p.name, p] as const)
  )(
    "%s: a wrong total is reported at its cell and fixed there, the grade left alone",
    (_name, placed) => {
      const ev = expectSafeRecompute(placed, {
        [CELLS[shape].score]: 99.5,
        [CELLS[shape].grade]: "优",
      });
      ev.forms.forEach((f, k) => {
        expect(problems(f)).toEqual([
          `TOTAL_MISMATCH@${at(placed.origins[k], CELLS[shape].score)}`,
        ]);
      });
    }
  );
});

test("a grade word where the 得分 column runs through the grade's merge is never read as the total", () => {
  const form = projectForm({
    total: TOTAL_SHAPES["under the target columns merged across three, grade merged 分值…偏差原因"],
  });
  const f = evaluate([everyPlacement(form)[0].sheets[0]]).forms[0];
  expect(f.findings.map((x) => x.message.zh).join()).not.toMatch(/不是有效数字/);
});

test("an empty total beside a lone weight total 100: the 得分 cell is the total, never the 100", () => {
  const shape = TOTAL_SHAPES["after a weight total, left-aligned (总分 | 100 | 99.5 | 优)"];
  const cells: GridCell[] = ["总分", 100, null, null, null, null, null, null, null];
  const ev = evaluate([everyPlacement(projectForm({ total: { ...shape, cells } }))[0].sheets[0]]);
  expect(ev.forms[0].total).toMatchObject({ cell: "H17", entered: null, computed: "99.5" });
  expect(ev.writes.map((w) => w.cell)).not.toContain("B17");
});

/** The form with its total score changed to `score`. */
function withTotal(form: ReturnType<typeof projectForm>, rel: string, score: number) {
  const rows = form.rows.map((r) => [...r]);
  const m = /^([A-Z])(\d+)$/.exec(rel)!;
  rows[Number(m[2]) - 1][m[1].charCodeAt(0) - 65] = { n: score, fmt: "0.00" };
  return { ...form, rows };
}
