// 部门整体支出绩效自评表 (issue 10, item 6): recognised as a department form and never scored with the
// project-form formulas; its funding rate, score ≤ weight and sums are checked.
import { evaluate } from "../../../src/core";
import { departmentForm, setCell } from "../../../testkit/fixtures/layouts";
import { at, everyPlacement, expectSafeRecompute, problems } from "./check";

test.each(everyPlacement(departmentForm()).map((p) => [p.name, p] as const))(
  "%s: recognised, its own scheme's scores accepted, nothing reported or written",
  (_name, placed) => {
    const ev = expectSafeRecompute(placed);
    ev.forms.forEach((f) => {
      expect(f.kind).toBe("department");
      expect(f.project).toBe("某县人力资源和社会保障局");
      expect(f.budget).toMatchObject({ rate: "0.95", entered: "10", computed: null });
      expect(f.indicators.every((i) => i.method === "judgment" && i.computed === null)).toBe(true);
      expect(f.total).toMatchObject({ entered: "98", computed: "98" });
      expect(f.held).toBeUndefined();
    });
  }
);

test("a project form with the same scores is scored by the project rules (the contrast)", () => {
  const form = setCell(departmentForm(), "A1", "项目支出绩效自评表");
  const f = evaluate(everyPlacement(form)[0].sheets).forms[0];
  expect(f.kind).toBeUndefined();
  expect(problems(f)).toContain("FUND_SCORE@H6");
});

test("a wrong rate is reported and fixed, nothing else written", () => {
  const form = setCell(departmentForm(), "G6", { n: 0.9, fmt: "0.00%" });
  for (const placed of everyPlacement(form)) {
    const ev = expectSafeRecompute(placed, { G6: 0.95 });
    ev.forms.forEach((f, k) => {
      expect(problems(f)).toEqual([`FUND_RATE@${at(placed.origins[k], "G6")}`]);
    });
    expect(ev.writes.map((w) => w.role)).toEqual(ev.forms.map(() => "rate"));
  }
});

test("a score above its weight and a total off its sum are reported; the total is not rewritten", () => {
  const over = setCell(setCell(departmentForm(), "H12", { n: 22, fmt: "0.00" }), "H17", 100);
  const off = setCell(departmentForm(), "H17", 95);
  for (const placed of everyPlacement(over)) {
    const ev = evaluate(placed.sheets);
    ev.forms.forEach((f, k) => {
      expect(problems(f)).toEqual([`IND_SCORE_OVER_WEIGHT@${at(placed.origins[k], "H12")}`]);
    });
    expect(ev.writes).toEqual([]);
  }
  for (const placed of everyPlacement(off)) {
    const ev = evaluate(placed.sheets);
    ev.forms.forEach((f, k) => {
      const total = at(placed.origins[k], "H17");
      expect(problems(f)).toEqual([`TOTAL_MISMATCH@${total}`]);
      expect(f.held?.map((h) => [h.cell, h.role])).toEqual([[total, "total"]]);
    });
    expect(ev.writes).toEqual([]);
  }
});
