// Two seed forms placed side by side on one sheet (a blank column pair between them): both are found,
// each with its own project, columns, arithmetic and findings.
import { evaluate } from "../../../src/core";
import { areaA1, parseArea } from "../../../src/core/grid/address";
import type { SheetData } from "../../../src/core/types";
import { seedWorkbookSpec } from "../../../testkit/fixtures/seed";
import { loadSpec } from "../load";

/** Places sheet `b` to the right of sheet `a`, `offset` columns from A. */
function besides(a: SheetData, b: SheetData, offset: number): SheetData {
  const rows = Math.max(a.values.length, b.values.length);
  const values = Array.from({ length: rows }, (_, r) => {
    const left = [...(a.values[r] ?? [])];
    while (left.length < offset) left.push(null);
    return [...left, ...(b.values[r] ?? [])];
  });
  const shift = (m: string) => {
    const x = parseArea(m);
    return areaA1({ ...x, left: x.left + offset, right: x.right + offset });
  };
  return {
    name: "并排",
    top: 0,
    left: 0,
    values,
    merges: [...(a.merges ?? []), ...(b.merges ?? []).map(shift)],
  };
}

test.each(["unknown", "known"] as const)("two forms side by side (merges %s)", async (merges) => {
  const { sheets } = await loadSpec(seedWorkbookSpec("per-sheet"));
  const sheet = besides(sheets[0], sheets[1], 12);
  if (merges === "unknown") delete sheet.merges;
  const ev = evaluate([sheet]);
  expect(ev.forms.map((f) => [f.range, f.project, f.budget.computed, f.total.computed])).toEqual([
    ["A1:J27", "视频会议系统维保费", "10", "100"],
    ["M1:V27", "安可替代工程经费", "8.96", "98.96"],
  ]);
  expect(ev.forms.map((f) => f.indicators.length)).toEqual([6, 6]);
  expect(ev.forms[1].findings.map((f) => f.code).sort()).toEqual([
    "FULL_MARKS_UNDER_EXECUTION",
    "IND_ACTUAL_COMPARATOR",
    "IND_ACTUAL_COMPARATOR",
    "IND_UNIT_CONVERTED",
  ]);
  expect(ev.writes).toEqual([]);
});
