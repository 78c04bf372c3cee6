// ET calls per action (the fake counts every member read, write and method call). The used range's
// values and formulas cost one call each however big the sheet; number formats and merges cost
// calls per form (per column, per number cell, per row with merges), never per empty cell.
import { buildXlsx } from "../../testkit/fixtures/build";
import { mistakesForm } from "../../testkit/fixtures/mistakes";
import { fakeBookFromBytes, type AccessMode } from "../../testkit/wps-fake";
import { MODES, rigOf, stacked } from "./helpers";

async function callsOf(n: number, mode: AccessMode, action: "check" | "recompute") {
  const book = fakeBookFromBytes(
    new Uint8Array(await buildXlsx(stacked(mistakesForm("shanxi"), n)))
  );
  const rig = rigOf(book, mode);
  const r = await rig.port[action]("sheet");
  expect(r.evaluation?.forms).toHaveLength(n);
  return { total: rig.wps.et.calls.count, by: rig.wps.et.calls.byMember };
}

describe.each(MODES)("ET calls (%s mode)", (mode) => {
  test("values and formulas: one array read each, for 1 form as for 80", async () => {
    for (const n of [1, 80]) {
      const { by } = await callsOf(n, mode, "check");
      expect(by.get("Value2")).toBe(1);
      expect(by.get("Formula")).toBe(1);
      expect(by.get("UsedRange")).toBe(1);
    }
  }, 60_000);

  test.each(["check", "recompute"] as const)(
    "%s: calls grow with the forms, not faster (80 forms ≤ 80 × one form)",
    async (action) => {
      const one = await callsOf(1, mode, action);
      const many = await callsOf(80, mode, action);
      expect(many.total).toBeLessThanOrEqual(80 * one.total);
      // The per-form cost measured on the planted-mistakes form (docs/hosts/wps.md): about 550.
      expect(one.total).toBeLessThan(700);
    },
    60_000
  );
});
