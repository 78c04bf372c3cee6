// 重新计算并写入 and 撤销 through the adapter: exactly the core's writes, all or nothing, exact undo.
import { evaluate } from "../../src/core";
import type { CellWrite } from "../../src/core/types";
import { sheetToData } from "../../src/cli/read-xlsx";
import { UNDO_KEY } from "../../src/excel/undo-snapshot";
import { buildWorkbook } from "../../testkit/fixtures/build";
import { mistakesForm } from "../../testkit/fixtures/mistakes";
import type { WorkbookSpec } from "../../testkit/fixtures/spec";
import type { WorkbookModel } from "../../testkit/emulator";
import { contentOf, emulatorOf, fillsOf, memoryUndoStore, portOf, rejectionOf } from "./helpers";

const SHEET = "表1";

function spec(n = 1, sheets = 1): WorkbookSpec {
  return {
    sheets: Array.from({ length: sheets }, (_, i) => ({
      name: i === 0 ? SHEET : `表${i + 1}`,
      forms: Array.from({ length: n }, () => ({ form: mistakesForm("shanxi") })),
    })),
  };
}

/** What the core says the recompute of `s` must write, from the CLI's independent read of the same file. */
function coreWrites(s: WorkbookSpec): CellWrite[] {
  return evaluate(buildWorkbook(s).worksheets.map(sheetToData)).writes;
}

/** The content every cell must have after the writes: the core's values, everything else untouched. */
function expectedAfter(
  before: WorkbookModel,
  writes: CellWrite[],
  sheet: string
): Record<string, unknown> {
  const out = contentOf(before, sheet);
  for (const w of writes.filter((x) => x.sheet === sheet)) {
    const old = out[w.cell] as { numberFormat?: string } | undefined;
    out[w.cell] = {
      value: w.value,
      formula: undefined,
      numberFormat: w.numberFormat ?? old?.numberFormat ?? "General",
    };
  }
  return out;
}

describe("recompute", () => {
  it("writes exactly the core's writes and nothing else, in 3 syncs", async () => {
    const s = spec();
    const writes = coreWrites(s);
    expect(writes.length).toBeGreaterThan(0);
    const wb = emulatorOf(s);
    const before = wb.toModelJSON();
    const r = await portOf(wb).recompute("sheet");
    expect(r.written).toBe(writes.length);
    expect(contentOf(wb.model, SHEET)).toEqual(expectedAfter(before, writes, SHEET));
    expect(wb.syncCount).toBe(3);
    // Fills changed only where the check after the write marks a cell.
    const marked = new Set((r.evaluation?.highlights ?? []).map((h) => h.cell));
    expect(Object.keys(fillsOf(wb.model, SHEET)).sort()).toEqual([...marked].sort());
  });

  it("leaves the sheet consistent: a second check finds nothing left to write", async () => {
    const wb = emulatorOf(spec());
    const port = portOf(wb);
    const r = await port.recompute("sheet");
    expect(r.evaluation?.writes).toEqual([]);
    const again = await port.check("sheet");
    expect(again.evaluation?.writes).toEqual([]);
  });

  it("needs the same syncs for 1 form and 50 stacked forms", async () => {
    const counts: number[] = [];
    for (const n of [1, 50]) {
      const wb = emulatorOf(spec(n));
      const r = await portOf(wb).recompute("sheet");
      expect(r.evaluation?.forms).toHaveLength(n);
      counts.push(wb.syncCount);
    }
    expect(counts).toEqual([3, 3]);
  }, 60_000);

  it("recomputes the whole workbook in ≤ 4 syncs", async () => {
    const s = spec(1, 3);
    const writes = coreWrites(s);
    const wb = emulatorOf(s);
    const before = wb.toModelJSON();
    const r = await portOf(wb).recompute("workbook");
    expect(r.written).toBe(writes.length);
    for (const sheet of ["表1", "表2", "表3"]) {
      expect(contentOf(wb.model, sheet)).toEqual(expectedAfter(before, writes, sheet));
    }
    expect(wb.syncCount).toBe(4);
  });

  it("refuses a protected sheet with a message and writes nothing", async () => {
    const wb = emulatorOf(spec());
    wb.setProtected(SHEET, true);
    const before = wb.toModelJSON();
    const { error, words } = await rejectionOf(portOf(wb).recompute("sheet"));
    expect(error).toMatchObject({ code: "SHEET_PROTECTED" });
    expect(error.refusal).toEqual({ kind: "sheetProtected", sheets: [SHEET] });
    expect(words.zh).toContain("受保护");
    expect(wb.toModelJSON()).toEqual(before);
    expect(
      wb.syncs.every((x) => !x.ops.some((op) => /values|numberFormat|fill|add/.test(op)))
    ).toBe(true);
  });

  it("refuses a read-only workbook before reading", async () => {
    const wb = emulatorOf(spec());
    await expect(portOf(wb, { readOnly: true }).recompute("sheet")).rejects.toMatchObject({
      code: "READ_ONLY",
    });
    expect(wb.syncCount).toBe(0);
  });

  it("writes nothing when the sheet is edited while it runs", async () => {
    const wb = emulatorOf(spec(), {
      beforeSync: (n, w) => {
        if (n === 2) w.setCell(SHEET, "Z1", { value: "用户刚输入" });
      },
    });
    const before = wb.toModelJSON();
    await expect(portOf(wb).recompute("sheet")).rejects.toMatchObject({ code: "SHEET_CHANGED" });
    const expected = JSON.parse(JSON.stringify(before)) as WorkbookModel;
    expected.sheets[0].cells.Z1 = { value: "用户刚输入" };
    expect(wb.toModelJSON()).toEqual(expected);
  });

  it("lets Excel's AccessDenied reject the whole batch when protection appears at the last moment", async () => {
    const wb = emulatorOf(spec(), {
      beforeSync: (n, w) => {
        if (n === 3) w.setProtected(SHEET, true);
      },
    });
    const before = wb.toModelJSON();
    const { error, words } = await rejectionOf(portOf(wb).recompute("sheet"));
    expect(error).toMatchObject({ code: "AccessDenied" });
    expect(words.zh).toContain("未做任何修改");
    before.sheets[0].protected = true;
    expect(wb.toModelJSON()).toEqual(before);
  });

  it('keeps text cells text: a rate written as "89.55%" stays a string', async () => {
    const wb = emulatorOf(spec());
    const r = await portOf(wb).recompute("sheet");
    const textWrites = coreWrites(spec()).filter((w) => typeof w.value === "string");
    // The mistakes form stores its total as text ("96.00"): Excel would turn it into a number.
    expect(textWrites.some((w) => /^\d/.test(String(w.value)))).toBe(true);
    for (const w of textWrites) expect(wb.cell(SHEET, w.cell)?.value).toBe(w.value);
    expect(r.written).toBeGreaterThan(0);
  });
});

describe("undo", () => {
  it("restores every value, formula and number format the recompute wrote", async () => {
    const wb = emulatorOf(spec());
    const before = wb.toModelJSON();
    const port = portOf(wb);
    await port.recompute("sheet");
    expect(port.canUndo()).toBe(true);
    wb.resetSyncCount();
    const r = await port.undo();
    expect(r.restored).toBe(coreWrites(spec()).length);
    expect(contentOf(wb.model, SHEET)).toEqual(contentOf(before, SHEET));
    expect(port.canUndo()).toBe(false);
    expect(wb.model.settings[UNDO_KEY]).toBeUndefined();
    expect(wb.syncCount).toBe(2);
  });

  it("refuses when the user changed a written cell since, and changes nothing", async () => {
    const wb = emulatorOf(spec());
    const port = portOf(wb);
    await port.recompute("sheet");
    const target = coreWrites(spec())[0];
    wb.setCell(SHEET, target.cell, { value: 1234 });
    const before = wb.toModelJSON();
    const { error, words } = await rejectionOf(port.undo());
    expect(error).toMatchObject({ code: "UNDO_CELLS_CHANGED" });
    expect(words.zh).toContain("在重新计算后被修改，未撤销任何内容");
    expect(words.zh).toContain(target.cell);
    expect(wb.toModelJSON()).toEqual(before);
  });

  it("works from a new pane session through the workbook settings", async () => {
    const wb = emulatorOf(spec());
    const before = wb.toModelJSON();
    await portOf(wb).recompute("sheet");
    const reopened = portOf(wb, { undoStore: memoryUndoStore() });
    expect(reopened.canUndo()).toBe(false);
    await reopened.undo();
    expect(contentOf(wb.model, SHEET)).toEqual(contentOf(before, SHEET));
  });

  it("learns from a check that the workbook still holds an undo", async () => {
    const wb = emulatorOf(spec());
    await portOf(wb).recompute("sheet");
    const reopened = portOf(wb, { undoStore: memoryUndoStore() });
    await reopened.check("sheet");
    expect(reopened.canUndo()).toBe(true);
  });

  it("says so when there is nothing to undo", async () => {
    const wb = emulatorOf(spec());
    await expect(portOf(wb).undo()).rejects.toMatchObject({ code: "NOTHING_TO_UNDO" });
  });

  it("brings back a formula and a number format the recompute overwrote", async () => {
    // The core never overwrites a formula; a stub core does, to prove undo writes `formulas` back.
    const wb = emulatorOf(spec());
    wb.setCell(SHEET, "Z5", { value: 2, formula: "=1+1", numberFormat: "0.0" });
    const write: CellWrite = {
      sheet: SHEET,
      cell: "Z5",
      row: 4,
      col: 25,
      role: "total",
      value: 5,
      numberFormat: "0.00",
      before: { value: 2, formula: "=1+1", numberFormat: "0.0" },
    };
    const port = portOf(wb, {
      evaluate: () => ({ forms: [], sheetFindings: [], writes: [write], highlights: [] }),
    });
    await port.recompute("sheet");
    expect(wb.cell(SHEET, "Z5")).toEqual({ value: 5, numberFormat: "0.00" });
    await port.undo();
    expect(wb.cell(SHEET, "Z5")).toMatchObject({ formula: "=1+1", numberFormat: "0.0" });
  });
});
