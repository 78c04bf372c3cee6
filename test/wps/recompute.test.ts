// 重新计算并写入 and 撤销 through the WPS adapter: only the computed cells change (formulas never),
// number formats with them, the undo restores exactly and refuses (or skips) cells edited since.
import { evaluate } from "../../src/core";
import { readWorkbook } from "../../src/files";
import { buildXlsx } from "../../testkit/fixtures/build";
import { mistakesForm } from "../../testkit/fixtures/mistakes";
import { parseCell } from "../../testkit/emulator/a1";
import { createWpsPort } from "../../src/wps/port";
import { cellKey, fakeBookFromBytes, type FakeBook } from "../../testkit/wps-fake";
import { changedCells, contentsOf, MODES, rejectionOf, rigOf, stacked } from "./helpers";

// Each case builds its workbook; a shared CI machine can be several times slower than a laptop.
jest.setTimeout(30_000);

const SHEET = "表1";

async function mistakesBytes(n = 1): Promise<Uint8Array> {
  return new Uint8Array(await buildXlsx(stacked(mistakesForm("shanxi"), n, SHEET)));
}

function cellAt(book: FakeBook, a1: string) {
  const { row, col } = parseCell(a1);
  return book.sheets[0].cells.get(cellKey(row, col));
}

describe.each(MODES)("重新计算 (%s mode)", (mode) => {
  test("writes exactly the core's writes (value and number format) and nothing else", async () => {
    const bytes = await mistakesBytes();
    const writes = evaluate(readWorkbook(bytes).sheets).writes;
    expect(writes.length).toBeGreaterThan(0);
    const book = fakeBookFromBytes(bytes);
    const before = contentsOf(book);
    const { port } = rigOf(book, mode);
    const r = await port.recompute("sheet");
    expect(r.written).toBe(writes.length);
    expect(changedCells(before, contentsOf(book))).toEqual(
      writes.map((w) => `${SHEET}!${cellKey(w.row, w.col)}`).sort()
    );
    for (const w of writes) {
      const cell = cellAt(book, w.cell);
      expect(cell?.value).toBe(w.value);
      if (w.numberFormat) expect(cell?.numberFormat).toBe(w.numberFormat);
    }
    expect(r.changes.map((c) => c.cell)).toEqual(writes.map((w) => w.cell));
    const again = await port.check("sheet");
    expect(again.evaluation?.writes).toEqual([]);
  });

  test("a computed cell holding a formula is checked, never overwritten", async () => {
    const bytes = await mistakesBytes();
    const book = fakeBookFromBytes(bytes);
    const target = evaluate(readWorkbook(bytes).sheets).writes.find((w) => w.role === "total");
    expect(target).toBeDefined();
    const cell = cellAt(book, target!.cell)!;
    cell.formula = "=SUM(I18:I24)";
    const { port } = rigOf(book, mode);
    const r = await port.recompute("sheet");
    expect(r.changes.map((c) => c.cell)).not.toContain(target!.cell);
    expect(cellAt(book, target!.cell)?.formula).toBe("=SUM(I18:I24)");
  });

  test("撤销 restores every written cell exactly, also from a new pane (PluginStorage)", async () => {
    const book = fakeBookFromBytes(await mistakesBytes());
    const before = contentsOf(book);
    const first = rigOf(book, mode);
    await first.port.recompute("sheet");
    // A second port over the same storage: the pane page opened after the ribbon's 一键重算.
    const port = createWpsPort(first.host, { origin: "pane" });
    expect(port.canUndo()).toBe(true);
    const u = await port.undo();
    expect(u.restored).toBeGreaterThan(0);
    expect(changedCells(before, contentsOf(book))).toEqual([]);
    expect(port.canUndo()).toBe(false);
    const { error } = await rejectionOf(port.undo());
    expect(error.refusal).toEqual({ kind: "nothingToUndo" });
  });

  test("撤销 refuses when a written cell was edited since, and can restore only the others", async () => {
    const book = fakeBookFromBytes(await mistakesBytes());
    const { port } = rigOf(book, mode);
    const r = await port.recompute("sheet");
    const edited = r.changes[0];
    cellAt(book, edited.cell)!.value = 12345;
    const { error, words } = await rejectionOf(port.undo());
    expect(error.refusal).toEqual({
      kind: "undoCellsChanged",
      cells: [`${SHEET}!${edited.cell}`],
      restorable: r.changes.length - 1,
    });
    expect(words.zh).toContain(edited.cell);
    const u = await port.undo("unchanged");
    expect(u.restored).toBe(r.changes.length - 1);
    expect(cellAt(book, edited.cell)?.value).toBe(12345);
  });

  test("a write failing half-way puts back the cells already written", async () => {
    const book = fakeBookFromBytes(await mistakesBytes());
    const before = contentsOf(book);
    const rig = rigOf(book, mode);
    rig.wps.et.failWritesAfter = 3;
    const { error } = await rejectionOf(rig.port.recompute("sheet"));
    expect(error.refusal.kind).toBe("unexpected");
    rig.wps.et.failWritesAfter = null;
    expect(changedCells(before, contentsOf(book))).toEqual([]);
    expect(rig.port.canUndo()).toBe(false);
  });

  test("a blank computed cell formatted as Text gets its value as the core writes it for that format", async () => {
    const bytes = await mistakesBytes();
    const blank = evaluate(readWorkbook(bytes).sheets).writes.find((w) => w.before.value === null);
    expect(blank).toBeDefined();
    const book = fakeBookFromBytes(bytes);
    const { row, col } = parseCell(blank!.cell);
    book.sheets[0].cells.set(cellKey(row, col), { numberFormat: "@" });
    // The core on the same data with that format: what the adapter must write.
    const data = readWorkbook(bytes).sheets[0];
    data.numberFormats![row - data.top][col - data.left] = "@";
    const expected = evaluate([data]).writes.find((w) => w.cell === blank!.cell);
    // Text, not the number a General cell would get: the format read after the evaluation mattered.
    expect(typeof expected!.value).toBe("string");
    expect(typeof blank!.value).toBe("number");
    const { port } = rigOf(book, mode);
    const r = await port.recompute("sheet");
    expect(r.changes.find((c) => c.cell === blank!.cell)?.after).toBe(String(expected!.value));
    expect(cellAt(book, blank!.cell)?.value).toBe(expected!.value);
    expect(cellAt(book, blank!.cell)?.numberFormat).toBe("@");
  });
});
