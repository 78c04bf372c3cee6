// The older 共性指标 framework (issue 10, item 4): 项目决策 / 项目管理 / 项目产出 / 项目效益 (10/25/30/35),
// the budget scored as the 预算执行率 indicator row from the funding block's rate, which has no 得分.
import { evaluate } from "../../../src/core";
import { olderFrameworkForm, setCell } from "../../../testkit/fixtures/layouts";
import { at, everyPlacement, expectSafeRecompute, problems } from "./check";

test.each(everyPlacement(olderFrameworkForm()).map((p) => [p.name, p] as const))(
  "%s: a correct form: the 预算执行率 row scored from the rate, nothing reported or written",
  (_name, placed) => {
    const ev = expectSafeRecompute(placed);
    ev.forms.forEach((f, k) => {
      expect(f.budget).toMatchObject({ rate: "0.95", weight: "0", computed: null });
      const row = f.indicators.find((i) => i.name === "预算执行率")!;
      expect(row).toMatchObject({ cell: at(placed.origins[k], "H13"), computed: "9.5" });
      expect(f.total).toMatchObject({ entered: "99.5", computed: "99.5" });
      expect(f.findings.map((x) => x.code)).not.toContain("WEIGHT_TOTAL");
      expect(f.findings.map((x) => x.code)).not.toContain("WEIGHT_SPLIT");
    });
  }
);

test("a 预算执行率 score that ignores the funding rate is reported and fixed with the total", () => {
  const form = setCell(setCell(olderFrameworkForm(), "H13", { n: 10, fmt: "0.00" }), "H18", 100);
  for (const placed of everyPlacement(form)) {
    const ev = expectSafeRecompute(placed, { H13: 9.5, H18: 99.5, I18: "优" });
    ev.forms.forEach((f, k) => {
      expect(problems(f)).toEqual([`IND_SCORE_MISMATCH@${at(placed.origins[k], "H13")}`]);
    });
  }
});

test("the row is scored by the funding rate, not by its own target and actual", () => {
  // The row claims 100%, the money says 80%: 8 of 10.
  let form = setCell(olderFrameworkForm(), "F13", "100%");
  form = setCell(setCell(form, "E6", 80), "G6", { n: 0.8, fmt: "0.00%" });
  form = setCell(setCell(form, "E7", 64), "E8", 16);
  const ev = evaluate(everyPlacement(form)[0].sheets);
  expect(ev.forms[0].indicators[1]).toMatchObject({ name: "预算执行率", computed: "8" });
  expect(ev.writes.find((w) => w.cell === "H13")?.value).toBe(8);
});

test("without a rate (全年执行数 blank) the 预算执行率 row, the total and the grade are held, with the reason", () => {
  const form = setCell(olderFrameworkForm(), "E6", null);
  const ev = evaluate(everyPlacement(form)[0].sheets);
  expect(ev.writes).toEqual([]);
  expect(ev.forms[0].indicators[1].computed).toBeNull();
  const held = ev.forms[0].held ?? [];
  expect(held.map((h) => [h.cell, h.role])).toEqual([
    ["H13", "indicatorScore"],
    ["H18", "total"],
    ["I18", "grade"],
  ]);
  expect(held[0].reason.zh).toBe("未写入：全年执行数未填写");
});
