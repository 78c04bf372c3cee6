// Regressions: defects the property tests found in scoring and recompute, each pinned as one fixed case.
// The locator's (ranges, cut-off blocks, repeated headers) are layout specs in test/core/locate/.
import { sheetToData } from "../../src/cli/read-xlsx";
import { evaluate } from "../../src/core";
import { applyWrites } from "../core/apply";
import { buildWorkbookWithMap } from "../../testkit/fixtures/build";
import { cleanForm, points, withIndicator } from "../../testkit/fixtures/forms";
import type { WorkbookSpec } from "../../testkit/fixtures/spec";

function evaluateSpec(spec: WorkbookSpec) {
  const { workbook, forms } = buildWorkbookWithMap(spec);
  const sheets = workbook.worksheets.map(sheetToData);
  return { sheets, forms, ev: evaluate(sheets) };
}

describe("defects found by the property tests, now fixed", () => {
  test("BUG 4 (src/core/score): a full score on a weight with 3 decimals is rounded above the weight", () => {
    // docs/rules.md §4: every computed score is round2 and never above the weight; 10.005 → 10.01 breaks it.
    const form = withIndicator(cleanForm("shanxi"), 6, {
      weight: points(10.005),
      score: points(9),
    });
    const { sheets, ev } = evaluateSpec({ sheets: [{ name: "S", forms: [{ form }] }] });
    const again = evaluate(applyWrites(sheets, ev.writes));
    const codes = again.forms[0].findings.map((f) => f.code);
    expect(codes).not.toContain("IND_SCORE_OVER_WEIGHT");
  });

  test("BUG 5 (src/core rules vs patch): a wrong budget-score formula makes the written total fail TOTAL_MISMATCH", () => {
    // 得分 = a formula showing 9 instead of 9.50: never overwritten, so the total written is 99;
    // TOTAL_MISMATCH then adds the computed 9.50 and flags the 99 it was just given.
    const form = cleanForm("shanxi", {
      funding: { total: { score: { formula: "ROUND({rate}*10,0)", value: 9 } } },
      total: { score: points(90) },
    });
    const { sheets, ev } = evaluateSpec({ sheets: [{ name: "S", forms: [{ form }] }] });
    expect(ev.writes.map((w) => w.role)).toContain("total");
    const again = evaluate(applyWrites(sheets, ev.writes));
    expect(again.forms[0].findings.map((f) => f.code)).not.toContain("TOTAL_MISMATCH");
  });
});
