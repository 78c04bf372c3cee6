// 检查 through the WPS adapter on the fake ET: the same findings as the core on the same bytes, in
// both access modes (properties and zero-argument methods), marks painted with their originals saved.
import { evaluate, type Evaluation } from "../../src/core";
import { readWorkbook } from "../../src/files";
import { HIGHLIGHT_COLORS } from "../../src/excel/highlight-store";
import { buildXlsx } from "../../testkit/fixtures/build";
import { mistakesForm } from "../../testkit/fixtures/mistakes";
import { seedWorkbookSpec } from "../../testkit/fixtures/seed";
import { bgrOf, cellKey, fakeBookFromBytes, XL } from "../../testkit/wps-fake";
import { parseCell } from "../../testkit/emulator/a1";
import { changedCells, contentsOf, findingKeys, MODES, rigOf, stacked } from "./helpers";

// Each case builds its workbook; a shared CI machine can be several times slower than a laptop.
jest.setTimeout(30_000);

describe.each(MODES)("检查 (%s mode)", (mode) => {
  let bytes: Uint8Array;
  let direct: Evaluation;
  beforeAll(async () => {
    bytes = new Uint8Array(await buildXlsx(seedWorkbookSpec("stacked")));
    direct = evaluate(readWorkbook(bytes, "seed.xlsx").sheets);
  });

  test("finds on the seed sheet what the core finds reading the same bytes", async () => {
    const { port } = rigOf(fakeBookFromBytes(bytes), mode);
    const r = await port.check("sheet");
    expect(r.evaluation?.forms).toHaveLength(3);
    expect(findingKeys(r.evaluation)).toEqual(findingKeys(direct));
    expect(r.evaluation?.writes.map((w) => `${w.cell}=${w.value}`)).toEqual(
      direct.writes.map((w) => `${w.cell}=${w.value}`)
    );
    expect(r.written).toBe(0);
  });

  test("paints errors #FFC7CE and warnings #FFEB9C (BGR in Interior.Color), nothing else changes", async () => {
    const book = fakeBookFromBytes(new Uint8Array(await buildXlsx(stacked(mistakesForm(), 1))));
    const before = contentsOf(book);
    const { port } = rigOf(book, mode);
    const r = await port.check("sheet");
    const hl = r.evaluation?.highlights ?? [];
    expect(hl.length).toBeGreaterThan(0);
    expect(r.highlighted).toBe(hl.length);
    expect(r.marked).toBe(hl.length);
    for (const h of hl) {
      const { row, col } = parseCell(h.cell);
      expect(book.sheets[0].cells.get(cellKey(row, col))?.fill).toEqual({
        color: bgrOf(HIGHLIGHT_COLORS[h.severity]),
        pattern: XL.solid,
      });
    }
    expect(changedCells(before, contentsOf(book))).toEqual([]);
  });

  test("with marks off, no fill is touched", async () => {
    const book = fakeBookFromBytes(new Uint8Array(await buildXlsx(stacked(mistakesForm(), 1))));
    const { port } = rigOf(book, mode);
    const r = await port.check("sheet", undefined, { mark: false });
    expect(r.highlighted).toBe(0);
    expect([...book.sheets[0].cells.values()].some((c) => c.fill)).toBe(false);
  });

  test("workbook scope reads every visible worksheet and skips hidden ones", async () => {
    const perSheet = new Uint8Array(await buildXlsx(seedWorkbookSpec("per-sheet")));
    const book = fakeBookFromBytes(perSheet);
    book.sheets[2].visible = XL.sheetHidden;
    const { port } = rigOf(book, mode);
    const r = await port.check("workbook");
    expect(r.evaluation?.forms.map((f) => f.sheet)).toEqual([
      book.sheets[0].name,
      book.sheets[1].name,
    ]);
  });
});
