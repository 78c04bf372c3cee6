// Recompute: the mistakes form in every layout is reported as predicted, fixed by the writes, and stays fixed.
import { evaluate } from "../../src/core";
import type { Layout } from "../../testkit/fixtures/spec";
import { expectedMistakeFindings, mistakesForm } from "../../testkit/fixtures/mistakes";
import { applyWrites, cellDump } from "./apply";
import { loadSpec } from "./load";

const ARITHMETIC = new Set([
  "FUND_RATE",
  "FUND_BALANCE",
  "FUND_SCORE",
  "IND_SCORE_MISMATCH",
  "TOTAL_MISSING",
  "TOTAL_MISMATCH",
  "GRADE_MISSING",
  "GRADE_MISMATCH",
]);

describe.each(["shanxi", "central-2020", "sichuan"] as Layout[])("mistakes form, %s", (layout) => {
  let loaded: Awaited<ReturnType<typeof loadSpec>>;
  beforeAll(async () => {
    loaded = await loadSpec({
      sheets: [{ name: "有错误的表", forms: [{ form: mistakesForm(layout), origin: "B3" }] }],
    });
  });

  test("every planted mistake is reported on its row with its severity", () => {
    const ev = evaluate(loaded.sheets);
    expect(ev.forms).toHaveLength(1);
    const got = ev.forms[0].findings.map(
      (f) => `${f.code}/${f.severity}/${/\d+$/.exec(f.cell)![0]}`
    );
    for (const e of expectedMistakeFindings(loaded.forms[0])) {
      expect(got).toContain(`${e.code}/${e.severity}/${e.row}`);
    }
    expect(ev.forms[0].findings.filter((f) => f.severity === "error").length).toBeGreaterThan(0);
  });

  test("the writes fix every arithmetic finding, touch only computed cells, and a second recompute writes nothing", () => {
    const ev = evaluate(loaded.sheets);
    expect(ev.writes.length).toBeGreaterThan(0);
    const after = applyWrites(loaded.sheets, ev.writes);
    const again = evaluate(after);
    const left = again.forms[0].findings.filter(
      (f) => ARITHMETIC.has(f.code) && f.severity !== "info"
    );
    expect(left).toEqual([]);
    expect(again.writes).toEqual([]);
    expect(again.forms[0].total.entered).toBe(again.forms[0].total.computed);
    const before = cellDump(loaded.sheets);
    const now = cellDump(after);
    const written = new Set(ev.writes.map((w) => `${w.sheet}!${w.row},${w.col}`));
    for (const [key, value] of before) if (!written.has(key)) expect(now.get(key)).toBe(value);
    const roles = new Set(ev.writes.map((w) => w.role));
    expect(
      [...roles].every((r) =>
        ["rate", "balance", "budgetScore", "indicatorScore", "total", "grade"].includes(r)
      )
    ).toBe(true);
  });
});
