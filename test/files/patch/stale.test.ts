// Which formulas show a stale cached result after a write: references, ranges, chains, other sheets.
import type { SheetData } from "../../../src/core";
import { formulaRefs, staleFormulaCells } from "../../../src/files/patch/stale";

function sheet(name: string, formulas: Record<string, string>): SheetData {
  const values: null[][] = Array.from({ length: 10 }, () => Array<null>(6).fill(null));
  const grid: (string | null)[][] = values.map((r) => r.map(() => null));
  for (const [cell, f] of Object.entries(formulas)) {
    const col = cell.charCodeAt(0) - 65;
    const row = Number(cell.slice(1)) - 1;
    grid[row][col] = f;
  }
  return { name, top: 0, left: 0, values, formulas: grid };
}

describe("staleFormulaCells", () => {
  const book = [
    sheet("表", {
      E1: "=SUM(A1:A5)",
      E2: "=E1*2",
      E3: "=B1+1",
      E4: '=IF(C1="A1",1,0)',
      E5: '=INDIRECT("A"&1)',
      E6: "=总分+1",
      E7: "=$A$3",
    }),
    sheet("汇总", { A1: "='表'!E2", B1: "=表!D9", C1: "=SUM(表!A:A)" }),
  ];

  it("follows references, ranges, chains and other sheets, and is conservative where it cannot see", () => {
    const stale = staleFormulaCells(book, [{ sheet: "表", cell: "A3" }]);
    expect([...stale].sort()).toEqual(
      ["表!E1", "表!E2", "表!E5", "表!E6", "表!E7", "汇总!A1", "汇总!C1"].sort()
    );
  });

  it("nothing is stale when nothing was written, or nothing reads the cell", () => {
    expect(staleFormulaCells(book, []).size).toBe(0);
    const stale = staleFormulaCells(book, [{ sheet: "表", cell: "F9" }]);
    expect([...stale].sort()).toEqual(["表!E5", "表!E6"]);
  });

  it("reads quoted sheet names and ignores text in strings", () => {
    expect(formulaRefs("='It''s'!B2+\"C3\"", "x")).toEqual([
      { sheet: "It's", top: 1, bottom: 1, left: 1, right: 1 },
    ]);
    expect(formulaRefs("=ROUND(SUM(I10:I25),2)", "s")).toEqual([
      { sheet: "s", top: 9, bottom: 24, left: 8, right: 8 },
    ]);
    expect(formulaRefs("=OFFSET(A1,1,1)", "s")).toBeNull();
  });
});
