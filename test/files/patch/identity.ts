// Test helper: asserts that a patched package differs from its input only where the patch says it may.
import type { CellWrite } from "../../../src/core";
import type { PatchResult } from "../../../src/files/xlsx-patch";
import { cellDiff, changedParts, partsOf, sheetParts, skeletonOf, textOf } from "./package-diff";

/** Parts a patch may change besides the written worksheets. */
const MAY_CHANGE = [/^xl\/styles\.xml$/, /^xl\/workbook\.xml$/];

/**
 * Every untouched part byte-identical; in each written worksheet every <c> but the written ones
 * identical and every non-cell element identical; workbook.xml differs only by fullCalcOnLoad.
 */
export function expectOnlyWrittenCells(input: Uint8Array, result: PatchResult): void {
  const changed = expectOnlyCellsChanged(input, result.bytes, result.applied);
  expect(changed).toEqual([...result.changedParts].sort());
  if (changed.includes("xl/workbook.xml")) expect(result.recalcOnOpen).toBe(true);
}

/** The same check from the two packages and the writes alone (for `fix` run as a command); the changed parts. */
export function expectOnlyCellsChanged(
  input: Uint8Array,
  output: Uint8Array,
  writes: Pick<CellWrite, "sheet" | "cell">[]
): string[] {
  const a = partsOf(input);
  const b = partsOf(output);
  const bySheet = sheetParts(a);
  const written = new Map<string, Set<string>>();
  for (const w of writes) {
    const part = bySheet.get(w.sheet)!;
    if (!written.has(part)) written.set(part, new Set());
    written.get(part)!.add(w.cell);
  }
  const changed = changedParts(a, b);
  for (const name of changed) {
    if (written.has(name)) continue;
    if (!MAY_CHANGE.some((re) => re.test(name)))
      throw new Error(`part ${name} changed but nothing was written there`);
  }
  for (const [part, cells] of written) {
    const before = textOf(a, part);
    const after = textOf(b, part);
    const diff = cellDiff(before, after);
    expect(diff.removed).toEqual([]);
    for (const c of [...diff.changed, ...diff.added]) {
      if (!cells.has(c)) throw new Error(`${part}: cell ${c} changed but was not written`);
    }
    expect(withoutNewRows(skeletonOf(after), before)).toBe(skeletonOf(before));
  }
  if (changed.includes("xl/workbook.xml")) {
    const norm = (s: string) =>
      s.replace(/\sfullCalcOnLoad="1"/, "").replace(/<(\w+:)?calcPr\/>/, "");
    expect(norm(textOf(b, "xl/workbook.xml"))).toBe(norm(textOf(a, "xl/workbook.xml")));
  }
  return changed;
}

/** A skeleton without the (now empty) rows that only the patch created. */
function withoutNewRows(skeleton: string, before: string): string {
  const had = new Set([...before.matchAll(/<(?:\w+:)?row\b[^>]*?\sr="(\d+)"/g)].map((m) => m[1]));
  return skeleton.replace(/<((?:\w+:)?)row r="(\d+)"><\/\1row>/g, (m, _p: string, r: string) =>
    had.has(r) ? m : ""
  );
}

/** A write as the core would return it, for tests that choose their own cells. */
export function cellWrite(
  sheet: string,
  cell: string,
  value: number | string,
  numberFormat: string | null = null
): CellWrite {
  return {
    sheet,
    cell,
    row: 0,
    col: 0,
    role: "indicatorScore",
    value,
    numberFormat,
    before: { value: null, formula: null, numberFormat: null },
  };
}
