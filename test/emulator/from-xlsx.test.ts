// The emulator model built from fixture workbooks: values as Office.js gives them, merges, formats, fills, state.
import ExcelJS from "exceljs";
import { buildWorkbook, buildXlsx } from "../../testkit/fixtures/build";
import { seedWorkbookSpec } from "../../testkit/fixtures/seed";
import { modelFromExcelJs, modelFromXlsx, toModelJSON } from "../../testkit/emulator/from-xlsx";
import { EmulatedWorkbook } from "../../testkit/emulator/index";

describe("from-xlsx", () => {
  it("carries the seed's values, merges and number formats; merged children stay empty", async () => {
    const wb = buildWorkbook(seedWorkbookSpec("stacked", "numeric"));
    const ws = wb.worksheets[0];
    const model = modelFromExcelJs(wb);
    const sheet = model.sheets[0];
    expect(sheet.merges).toEqual(ws.model.merges);
    expect(sheet.merges.length).toBeGreaterThan(50);
    const [first] = sheet.merges;
    const [a, b] = first.split(":");
    expect(sheet.cells[b]).toBeUndefined();
    expect(sheet.cells[a]?.value).toBe(ws.getCell(a).text);
    const percent = Object.values(sheet.cells).find((c) => c.numberFormat === "0.00%");
    expect(typeof percent?.value).toBe("number");
    expect(model.activeSheet).toBe(ws.name);
  });

  it("reads hidden and protected sheets, fills and formulas", async () => {
    const wb = new ExcelJS.Workbook();
    const a = wb.addWorksheet("A");
    a.getCell("B2").value = { formula: "1+1", result: 2 };
    a.getCell("C3").value = "x";
    a.getCell("C3").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFC7CE" } };
    a.getCell("D4").value = { richText: [{ text: "项目" }, { text: "名称" }] };
    a.getCell("E5").value = new Date(Date.UTC(2022, 11, 31));
    const h = wb.addWorksheet("H");
    h.state = "hidden";
    const p = wb.addWorksheet("P");
    await p.protect("", {});
    const model = modelFromExcelJs(wb);
    expect(model.sheets[0].cells.B2).toEqual({ value: 2, formula: "=1+1" });
    expect(model.sheets[0].cells.C3).toEqual({ value: "x", fill: { color: "#FFC7CE" } });
    expect(model.sheets[0].cells.D4.value).toBe("项目名称");
    expect(model.sheets[0].cells.E5.value).toBe(44926);
    expect(model.sheets[1].visibility).toBe("Hidden");
    expect(model.sheets[2].protected).toBe(true);
  });

  it("loads .xlsx bytes and survives JSON for the browser bundle", async () => {
    const bytes = await buildXlsx(seedWorkbookSpec("per-sheet"));
    const model = await modelFromXlsx(bytes);
    expect(model.sheets).toHaveLength(3);
    const again = new EmulatedWorkbook(JSON.parse(toModelJSON(model)));
    expect(again.toModelJSON()).toEqual(model);
  });
});
