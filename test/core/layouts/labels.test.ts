// Header and label spellings of published forms (issue 10, item 5): a 得分计算方法 column is never 得分,
// 指标值(A) / 全年实际值(B) headers, 二级 labels with (必填), a 一级 label reduced to `(50分)`, decimal weights.
import type { GridCell, GridForm } from "../../../testkit/fixtures/grid-forms";
import {
  INDICATOR_HEADER,
  INDICATOR_ROWS,
  projectForm,
  setCell,
} from "../../../testkit/fixtures/layouts";
import { at, everyPlacement, expectSafeRecompute, problems } from "./check";

/** The indicator header (row 11) with some labels replaced, by column (0 = A); rows 12–16, total 17. */
function withIndicatorHeader(labels: Record<number, GridCell>): GridForm {
  const header = INDICATOR_HEADER.map((l, c) => (c in labels ? labels[c] : l));
  return projectForm({ indicatorHeader: header });
}

const CASES: [string, () => GridForm][] = [
  ["指标值(A) / 全年实际值(B)", () => withIndicatorHeader({ 4: "指标值(A)", 5: "全年实际值(B)" })],
  ["a 得分计算方法 column right of 得分", () => withIndicatorHeader({ 8: "得分计算方法" })],
  [
    "二级 labels with (必填) / (必填硬性指标)",
    () =>
      setCell(
        setCell(projectForm(), "C12", "数量指标(必填)"),
        "C15",
        "社会效益指标（必填硬性指标）"
      ),
  ],
  ["a 一级 label that lost its text: (50分)", () => setCell(projectForm(), "B12", "(50分)")],
];

describe.each(CASES)("%s", (_name, make) => {
  test.each(everyPlacement(make()).map((p) => [p.name, p] as const))(
    "%s: read like the plain form, nothing reported or written",
    (_p, placed) => {
      const ev = expectSafeRecompute(placed);
      ev.forms.forEach((f, k) => {
        expect(f.indicators.map((i) => [i.name, i.computed])).toEqual(
          INDICATOR_ROWS.map((r) => [r[3], String((r[6] as number) ?? "")])
        );
        expect(f.total).toMatchObject({ cell: at(placed.origins[k], "H17"), computed: "99.5" });
      });
    }
  );
});

test("a 得分计算方法 column left of 得分 is still not read as the score", () => {
  const form = withIndicatorHeader({ 6: "得分计算方法" });
  // The 分值 column is gone: its cells now hold the method's words.
  const rows = form.rows.map((r, k) =>
    k >= 11 && k <= 15 ? [...r.slice(0, 6), "按比例计分", ...r.slice(7)] : r
  );
  const ev = expectSafeRecompute(everyPlacement({ ...form, rows })[0]);
  expect(ev.forms[0].indicators[0].cell).toBe("H12");
});

test("decimal weights (10.3 + 9.7 + …) add up to 100 with the budget's 10", () => {
  let form = projectForm();
  form = setCell(setCell(form, "G12", 10.3), "H12", { n: 10.3, fmt: "0.00" });
  form = setCell(setCell(form, "G13", 29.7), "H13", { n: 29.7, fmt: "0.00" });
  for (const placed of everyPlacement(form)) {
    const ev = expectSafeRecompute(placed);
    for (const f of ev.forms) {
      expect(problems(f)).toEqual([]);
      expect(f.indicators[0]).toMatchObject({ weight: "10.3", computed: "10.3" });
    }
  }
});
