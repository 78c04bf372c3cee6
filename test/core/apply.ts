// Applies core writes to in-memory sheets the way an adapter would, for recompute tests.
import type { CellValue, CellWrite, SheetData } from "../../src/core/types";

export function applyWrites(sheets: SheetData[], writes: CellWrite[]): SheetData[] {
  const copy: SheetData[] = sheets.map((s) => ({
    ...s,
    values: s.values.map((r) => [...r]),
    formulas: s.formulas?.map((r) => [...r]),
    numberFormats: s.numberFormats?.map((r) => [...r]),
  }));
  for (const w of writes) {
    const s = copy.find((x) => x.name === w.sheet);
    if (!s) throw new Error(`no sheet ${w.sheet}`);
    const r = w.row - s.top;
    const c = w.col - s.left;
    if (r < 0 || c < 0) throw new Error(`write ${w.cell} outside the used range`);
    while (s.values.length <= r) s.values.push([]);
    s.values[r][c] = w.value as CellValue;
    if (w.numberFormat !== null) {
      s.numberFormats ??= [];
      while (s.numberFormats.length <= r) s.numberFormats.push([]);
      s.numberFormats[r][c] = w.numberFormat;
    }
  }
  return copy;
}

/** Every cell as `sheet!A1 → value|format|formula`, for before/after comparisons. */
export function cellDump(sheets: SheetData[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const s of sheets) {
    s.values.forEach((row, r) =>
      row.forEach((v, c) => {
        const key = `${s.name}!${r + s.top},${c + s.left}`;
        out.set(
          key,
          `${JSON.stringify(v)}|${s.numberFormats?.[r]?.[c] ?? ""}|${s.formulas?.[r]?.[c] ?? ""}`
        );
      })
    );
  }
  return out;
}
