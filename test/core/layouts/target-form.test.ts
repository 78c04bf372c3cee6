// Forms without score columns (issue 10, item 3): 年初目标值 / 实际完成值 / 未完成原因, no 分值, no 得分, no
// total row. Located, the funding rate checked, targets and actuals checked; never "incomplete".
import { evaluate } from "../../../src/core";
import type { GridCell } from "../../../testkit/fixtures/grid-forms";
import { TARGET_ROWS, targetForm } from "../../../testkit/fixtures/layouts";
import { at, everyPlacement, expectSafeRecompute, problems } from "./check";

/** Indicator row k sits on row 12 + k of the form (its header is row 11). */
const withActual = (k: number, actual: GridCell, reason: GridCell = null) => ({
  [k]: [...TARGET_ROWS[k].slice(0, 5), actual, reason],
});

test.each(everyPlacement(targetForm()).map((p) => [p.name, p] as const))(
  "%s: a correct form is located and read, nothing reported or written",
  (_name, placed) => {
    const ev = expectSafeRecompute(placed);
    expect(ev.forms).toHaveLength(placed.origins.length);
    ev.forms.forEach((f, k) => {
      expect(f.project).toBe("职业技能培训项目");
      expect(f.budget).toMatchObject({ rate: "0.95", weight: "0", computed: null });
      expect(f.indicators.map((i) => [i.name, i.target, i.actual])).toEqual([
        ["培训人数", "≥100人", "120人"],
        ["培训合格率", "≥95%", "98%"],
        ["完成时间", "2023年12月", "2023年11月"],
        ["培训覆盖率", "≥90%", "92%"],
        ["学员满意度", "≥90%", "95%"],
      ]);
      expect(f.indicators[0].cell).toBe(at(placed.origins[k], "F12"));
      const codes = f.findings.map((x) => x.code);
      expect(codes).not.toContain("FORM_INCOMPLETE");
      expect(codes).not.toContain("FORM_UNFILLED");
    });
  }
);

const MISTAKES: [string, Record<number, GridCell[]>, string, string][] = [
  ["a target missed", withActual(0, "90人"), "IND_TARGET_MISSED", "F12"],
  ["an actual that is not measured", withActual(1, "完成"), "IND_ACTUAL_NOT_MEASURED", "F13"],
  ["units that do not convert", withActual(0, "120次"), "IND_UNIT_MISMATCH", "F12"],
  ["an actual left blank", withActual(3, null), "IND_INCOMPLETE", "F15"],
];

test.each(MISTAKES)("%s is reported at its cell, nothing written", (_name, rows, code, cell) => {
  for (const placed of everyPlacement(targetForm(rows))) {
    const ev = evaluate(placed.sheets);
    ev.forms.forEach((f, k) =>
      expect(problems(f)).toEqual([`${code}@${at(placed.origins[k], cell)}`])
    );
    expect(ev.writes).toEqual([]);
  }
});

test("a missed target explained in 未完成原因 is an info, not a warning", () => {
  const ev = evaluate(everyPlacement(targetForm(withActual(0, "90人", "部分学员延期")))[0].sheets);
  const f = ev.forms[0];
  expect(problems(f)).toEqual([]);
  expect(f.findings.map((x) => `${x.code}:${x.severity}`)).toContain("IND_TARGET_MISSED:info");
});

test("a wrong funding rate is reported and fixed; nothing else is written", () => {
  const form = targetForm();
  const rows = form.rows.map((r) => [...r]);
  rows[5][6] = { n: 0.9, fmt: "0.00%" };
  for (const placed of everyPlacement({ ...form, rows })) {
    const ev = expectSafeRecompute(placed, { G6: 0.95 });
    expect(ev.writes.map((w) => w.role)).toEqual(ev.forms.map(() => "rate"));
  }
});
