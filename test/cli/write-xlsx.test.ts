// write-xlsx: only the written cells change (value, format), formulas are never touched, the rest survives.
import ExcelJS from "exceljs";
import type { CellWrite, Finding } from "../../src/core/types";
import { readXlsx } from "../../src/cli/read-xlsx";
import {
  applyHighlights,
  applyWrites,
  HIGHLIGHT_ARGB,
  NOTE_MARKER,
  workbookBytes,
} from "../../src/cli/write-xlsx";

/** Writes the way `fix` does, so its round-trip workarounds are under test too. */
const toBuffer = workbookBytes;

const thin: Partial<ExcelJS.Borders> = {
  top: { style: "thin" },
  left: { style: "thin" },
  bottom: { style: "thin" },
  right: { style: "thin" },
};

/** A small form-like workbook with every kind of thing `fix` must keep. */
async function sourceBytes(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("自评表", {
    pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true, printArea: "A1:F8" },
  });
  ws.columns = [{ width: 14 }, { width: 10 }, { width: 12 }, { width: 9 }, { width: 20 }];
  ws.getRow(1).height = 30;
  ws.mergeCells("A1:F1");
  ws.getCell("A1").value = "项目支出绩效自评表";
  ws.getCell("A1").font = { bold: true, size: 16, name: "宋体" };
  ws.getCell("A1").alignment = { horizontal: "center" };
  const style: Partial<ExcelJS.Style> = {
    border: thin,
    font: { name: "宋体", size: 10 },
    numFmt: "0.0000",
    fill: { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } },
  };
  for (const addr of ["B2", "B3", "B4", "C2", "C3", "C4"]) ws.getCell(addr).style = style;
  ws.getCell("A2").value = "年度资金总额";
  ws.getCell("B2").value = 8.5;
  ws.getCell("B3").value = 44.5;
  ws.getCell("B4").value = 44.5;
  ws.getCell("C2").value = "80%";
  ws.getCell("C3").value = 1;
  ws.getCell("C4").value = 2;
  ws.getCell("D2").value = { formula: "B3/B4", result: 1 };
  ws.getCell("D3").value = {
    formula: "C3*2",
    shareType: "shared",
    ref: "D3:D4",
    result: 2,
  } as ExcelJS.CellFormulaValue;
  ws.getCell("D4").value = { sharedFormula: "D3", result: 4 };
  ws.mergeCells("E2:E4");
  ws.getCell("E2").value = "偏差原因";
  ws.getCell("E2").alignment = { wrapText: true, vertical: "middle" };
  ws.getCell("A5").value = "有批注";
  ws.getCell("A5").note = "原有批注";
  ws.getCell("F8").value = { richText: [{ text: "总", font: { bold: true } }, { text: "分" }] };
  ws.views = [{ state: "frozen", ySplit: 1 }];
  const other = wb.addWorksheet("说明");
  other.getCell("A1").value = "另一张表";
  other.getCell("B2").value = new Date(Date.UTC(2022, 11, 31));
  other.getColumn(1).width = 33;
  const hidden = wb.addWorksheet("隐藏");
  hidden.state = "hidden";
  hidden.getCell("A1").value = "隐藏内容";
  wb.definedNames.add("'自评表'!$B$2:$C$4", "资金区域");
  return toBuffer(wb);
}

interface CellSnap {
  value: string;
  formula: string | null;
  numFmt: string | undefined;
  style: string;
}

/** Every cell's value, formula, number format and the rest of its style, by sheet!address. */
function snapshotCells(wb: ExcelJS.Workbook): Map<string, CellSnap> {
  const snap = new Map<string, CellSnap>();
  for (const ws of wb.worksheets) {
    ws.eachRow({ includeEmpty: true }, (row) => {
      row.eachCell({ includeEmpty: true }, (cell) => {
        const { numFmt, ...rest } = cell.style ?? {};
        snap.set(`${ws.name}!${cell.address}`, {
          value: JSON.stringify(cell.type === ExcelJS.ValueType.Merge ? "<merge>" : cell.value),
          formula: cell.type === ExcelJS.ValueType.Formula ? cell.formula : null,
          numFmt,
          style: JSON.stringify(rest),
        });
      });
    });
  }
  return snap;
}

function snapshotSheets(wb: ExcelJS.Workbook): unknown {
  return wb.worksheets.map((ws) => ({
    name: ws.name,
    state: ws.state,
    merges: ws.model.merges,
    widths: ws.columns?.map((c) => c.width) ?? [],
    heights: [1, 2, 3].map((r) => ws.getRow(r).height),
    pageSetup: ws.pageSetup,
    views: ws.views,
    notes: ["A5"].map((a) => JSON.stringify(ws.getCell(a).note ?? null)),
  }));
}

function write(cell: string, value: number | string, numberFormat: string | null): CellWrite {
  return {
    sheet: "自评表",
    cell,
    row: 0,
    col: 0,
    role: "budgetScore",
    value,
    numberFormat,
    before: { value: null, formula: null, numberFormat: null },
  };
}

describe("applyWrites", () => {
  let before: ExcelJS.Workbook;
  let after: ExcelJS.Workbook;
  let outcome: ReturnType<typeof applyWrites>;

  beforeAll(async () => {
    const bytes = await sourceBytes();
    before = (await readXlsx(bytes)).workbook;
    const loaded = await readXlsx(bytes);
    outcome = applyWrites(loaded.workbook, [
      write("B2", 8.96, "0.00"),
      write("C2", "89.55%", null),
      write("D2", 99, "0.00"), // a formula: never written
      write("D4", 99, null), // a shared-formula child: never written
      write("E3", "x", null), // a merged child: never written
      { ...write("A1", 1, null), sheet: "没有这张表" },
    ]);
    after = (await readXlsx(await toBuffer(loaded.workbook))).workbook;
  });

  it("reports what it wrote, with the old value, and what it refused", () => {
    expect(outcome.applied).toEqual([
      { sheet: "自评表", cell: "B2", before: 8.5, after: 8.96, numberFormat: "0.00" },
      { sheet: "自评表", cell: "C2", before: "80%", after: "89.55%", numberFormat: null },
    ]);
    expect(outcome.skipped.map((s) => [s.write.cell, s.reason])).toEqual([
      ["D2", "formula"],
      ["D4", "formula"],
      ["E3", "merged-child"],
      ["A1", "no-sheet"],
    ]);
  });

  it("sets the value exactly as given and the format only when asked", () => {
    const ws = after.getWorksheet("自评表")!;
    expect(ws.getCell("B2").value).toBe(8.96);
    expect(ws.getCell("B2").numFmt).toBe("0.00");
    expect(ws.getCell("C2").value).toBe("89.55%");
    expect(ws.getCell("C2").numFmt).toBe("0.0000");
  });

  it("changes nothing else in any cell: value, formula, number format, style", () => {
    const a = snapshotCells(before);
    const b = snapshotCells(after);
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    for (const [key, snap] of a) {
      const now = b.get(key)!;
      if (key === "自评表!B2") {
        expect({ ...now, value: snap.value, numFmt: snap.numFmt }).toEqual(snap);
      } else if (key === "自评表!C2") {
        expect({ ...now, value: snap.value }).toEqual(snap);
      } else {
        expect([key, now]).toEqual([key, snap]);
      }
    }
  });

  it("keeps shared-style neighbours' number format (exceljs shares style objects)", () => {
    const ws = after.getWorksheet("自评表")!;
    for (const a of ["B3", "B4", "C3", "C4"]) expect(ws.getCell(a).numFmt).toBe("0.0000");
  });

  it("keeps sheets, merges, widths, heights, print setup, views, notes and defined names", () => {
    expect(snapshotSheets(after)).toEqual(snapshotSheets(before));
    expect(after.definedNames.model).toEqual(before.definedNames.model);
    expect(after.getWorksheet("自评表")!.pageSetup.printArea).toBe("A1:F8");
    expect(after.getWorksheet("自评表")!.getCell("D4").formula).toBe("C4*2");
  });
});

describe("applyHighlights", () => {
  const finding = (cell: string, zh: string): Finding => ({
    code: "FUND_SCORE",
    severity: "error",
    sheet: "自评表",
    cell,
    message: { zh, en: `en ${zh}` },
  });

  it("fills error and warning cells, adds notes, and keeps the user's note text", async () => {
    const bytes = await sourceBytes();
    const before = (await readXlsx(bytes)).workbook;
    const loaded = await readXlsx(bytes);
    const n = applyHighlights(
      loaded.workbook,
      [
        { sheet: "自评表", cell: "B2", severity: "error" },
        { sheet: "自评表", cell: "A5", severity: "warning" },
      ],
      [finding("B2", "得分应为 8.96"), finding("B2", "第二条"), finding("A5", "缺少原因")],
      "zh"
    );
    expect(n).toBe(2);
    const after = (await readXlsx(await toBuffer(loaded.workbook))).workbook;
    const ws = after.getWorksheet("自评表")!;
    const fillOf = (a: string): unknown => (ws.getCell(a).fill as ExcelJS.FillPattern).fgColor;
    expect(fillOf("B2")).toEqual({ argb: HIGHLIGHT_ARGB.error });
    expect(fillOf("A5")).toEqual({ argb: HIGHLIGHT_ARGB.warning });
    const noteText = (a: string): string => {
      const note = ws.getCell(a).note;
      return typeof note === "string" ? note : (note?.texts ?? []).map((t) => t.text).join("");
    };
    expect(noteText("B2")).toBe(`${NOTE_MARKER}\nFUND_SCORE: 得分应为 8.96\nFUND_SCORE: 第二条`);
    expect(noteText("A5")).toBe(`原有批注\n${NOTE_MARKER}\nFUND_SCORE: 缺少原因`);
    // Shared-style neighbours keep their fill.
    expect(fillOf("B3")).toEqual({ argb: "FFDDEBF7" });

    // Highlighting again replaces our part of the note instead of appending.
    applyHighlights(
      after,
      [{ sheet: "自评表", cell: "A5", severity: "warning" }],
      [finding("A5", "新")],
      "en"
    );
    expect(noteText("A5")).toBe(`原有批注\n${NOTE_MARKER}\nFUND_SCORE: en 新`);

    // Nothing but the two highlighted cells changed.
    const a = snapshotCells(before);
    const b = snapshotCells((await readXlsx(await toBuffer(loaded.workbook))).workbook);
    for (const [key, snap] of a) {
      if (key === "自评表!B2" || key === "自评表!A5") continue;
      expect([key, b.get(key)]).toEqual([key, snap]);
    }
  });
});
