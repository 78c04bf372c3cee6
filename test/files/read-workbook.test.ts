// The reader's tolerance catalogue: each input is built by code the way a real producer writes it,
// with the outcome expected of it (read as it is, or refused / named with a clear reason).
import ExcelJS from "exceljs";
import { evaluate, type SheetData } from "../../src/core";
import { readWorkbook, ReadError, sniffKind } from "../../src/files";
import { buildXlsx } from "../../testkit/fixtures/build";
import { cleanForm } from "../../testkit/fixtures/forms";
import { mistakesForm } from "../../testkit/fixtures/mistakes";
import {
  addMerges,
  addRow,
  bytesOf,
  editPart,
  withChartSheet,
  withoutPart,
} from "../catalogue/odd-files";

const SHEET1 = "xl/worksheets/sheet1.xml";
const SHEET2 = "xl/worksheets/sheet2.xml";

/** Code and cell of every finding: what a check reports, to compare two readings of one form. */
function findings(sheets: SheetData[]): string[] {
  const ev = evaluate(sheets);
  return [
    ...ev.forms.flatMap((f) => f.findings.map((x) => `${x.code}@${x.sheet}!${x.cell}`)),
    ...ev.sheetFindings.map((x) => `${x.code}@${x.sheet}!${x.cell}`),
  ].sort();
}

/** The value of one cell of a read sheet (absent = null), by A1 address. */
function at(sheet: SheetData, row: number, col: number): unknown {
  return sheet.values[row - sheet.top]?.[col - sheet.left] ?? null;
}

const formBook = () =>
  buildXlsx({
    sheets: [
      { name: "自评表", forms: [{ form: mistakesForm("shanxi") }] },
      { name: "说明", forms: [], extraCells: { A1: "填表说明", B2: 1 } },
    ],
  });

describe("reader tolerance catalogue", () => {
  let base: Buffer;
  let baseFindings: string[];
  beforeAll(async () => {
    base = await formBook();
    baseFindings = findings(readWorkbook(base).sheets);
    expect(baseFindings.length).toBeGreaterThan(3);
  });

  test("overlapping and duplicate merged ranges on another sheet: every sheet is read", async () => {
    const bytes = await editPart(base, SHEET2, (x) => addMerges(x, ["A1:C3", "B2:D4", "A1:C3"]));
    const read = readWorkbook(bytes);
    expect(read.failures).toEqual([]);
    expect(read.sheets[1].merges).toEqual(["A1:C3", "B2:D4", "A1:C3"]);
    expect(findings(read.sheets)).toEqual(baseFindings);
  });

  test("overlapping merges on the form's own sheet: still read, same findings", async () => {
    const bytes = await editPart(base, SHEET1, (x) => addMerges(x, ["Z1:Z2", "Z2:Z3"]));
    expect(findings(readWorkbook(bytes).sheets)).toEqual(baseFindings);
  });

  test("a wrong <dimension> does not cut the sheet", async () => {
    const bytes = await editPart(base, SHEET1, (x) =>
      x.replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1"/>')
    );
    expect(findings(readWorkbook(bytes).sheets)).toEqual(baseFindings);
  });

  test("a stray cell at XFD1048576: memory follows the cells, the form is still found", async () => {
    const bytes = await editPart(base, SHEET1, (x) =>
      addRow(x, 1048576, '<c r="XFD1048576"><v>1</v></c>')
    );
    const sheet = readWorkbook(bytes).sheets[0];
    expect(sheet.values.length).toBe(1048576 - sheet.top);
    // The rows that exist, not a million: the array is sparse.
    expect(Object.keys(sheet.values).length).toBeLessThan(100);
    expect(Object.keys(sheet.values[sheet.values.length - 1]).length).toBeLessThanOrEqual(2);
    expect(findings([sheet, readWorkbook(bytes).sheets[1]])).toEqual(baseFindings);
  });

  test("formula cached results as they are: 0 is a value, a missing result is blank, errors are text", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("S");
    ws.getCell("A1").value = 5;
    ws.getCell("B1").value = { formula: "A1-A1", result: 0 };
    ws.getCell("C1").value = { formula: "A1*2" } as ExcelJS.CellFormulaValue;
    ws.getCell("D1").value = { formula: "A1+#REF!", result: { error: "#REF!" } };
    ws.getCell("E1").value = "#DIV/0!";
    ws.getCell("F1").value = { error: "#N/A" };
    ws.getCell("G1").value = { formula: "E47-F47", result: 5.230000000000004 };
    const s = readWorkbook(await bytesOf(wb)).sheets[0];
    expect(s.values[0]).toEqual([5, 0, null, "#REF!", "#DIV/0!", "#N/A", 5.230000000000004]);
    expect(s.formulas?.[0].slice(1, 4)).toEqual(["=A1-A1", "=A1*2", "=A1+#REF!"]);
  });

  test("shared and array formulas: every child has its own formula text", async () => {
    const bytes = await editPart(
      await bytesOf(new ExcelJS.Workbook().addWorksheet("S").workbook),
      SHEET1,
      (x) =>
        x.replace(
          /<sheetData\s*\/>|<sheetData>[\s\S]*<\/sheetData>/,
          "<sheetData>" +
            '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><f t="shared" ref="B1:B3" si="0">A1*2</f><v>2</v></c>' +
            '<c r="C1"><f t="array" ref="C1:C2">A1:A2*3</f><v>3</v></c></row>' +
            '<row r="2"><c r="A2"><v>2</v></c><c r="B2"><f t="shared" si="0"/><v>4</v></c><c r="C2"><v>6</v></c></row>' +
            '<row r="3"><c r="A3"><v>3</v></c><c r="B3"><f t="shared" si="0"/><v>6</v></c></row>' +
            "</sheetData>"
        )
    );
    const s = readWorkbook(bytes).sheets[0];
    expect(s.formulas?.[0][1]).toBe("=A1*2");
    expect(s.formulas?.[1][1]).toBe("=A2*2");
    expect(s.formulas?.[2][1]).toBe("=A3*2");
    expect(s.formulas?.[0][2]).toBe("=A1:A2*3");
    expect([s.values[0][2], s.values[1][2]]).toEqual([3, 6]);
  });

  test("inline strings and rich text read as their plain text", async () => {
    const bytes = await editPart(base, SHEET2, (x) =>
      addRow(
        x,
        50,
        '<c r="A50" t="inlineStr"><is><t>行内</t></is></c>' +
          '<c r="B50" t="inlineStr"><is><r><t>总</t></r><r><rPr><b/></rPr><t>分</t></r></is></c>'
      )
    );
    const s = readWorkbook(bytes).sheets[1];
    expect([at(s, 49, 0), at(s, 49, 1)]).toEqual(["行内", "总分"]);
  });

  test("number formats as written, escapes included (0.0\\% is not 0.0%)", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("S");
    ws.getCell("A1").value = 12.5;
    ws.getCell("A1").numFmt = "0.0\\%";
    ws.getCell("B1").value = 96.84;
    ws.getCell("B1").numFmt = '0.00"%"';
    ws.getCell("C1").value = 0.9684;
    ws.getCell("C1").numFmt = "0.00%";
    const s = readWorkbook(await bytesOf(wb)).sheets[0];
    expect(s.numberFormats?.[0]).toEqual(["0.0\\%", '0.00"%"', "0.00%"]);
  });

  test("the 1904 date system: dates move to the 1900 serials the core reads, numbers do not", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("S");
    ws.getCell("A1").value = 43465; // a 1904-system serial of 2022-12-31
    ws.getCell("A1").numFmt = "yyyy-mm-dd";
    ws.getCell("B1").value = 43465;
    const bytes = await editPart(await bytesOf(wb), "xl/workbook.xml", (x) =>
      x.replace(/<workbookPr([^>]*)\/>/, '<workbookPr$1 date1904="1"/>')
    );
    const s = readWorkbook(bytes).sheets[0];
    expect(s.values[0]).toEqual([43465 + 1462, 43465]);
  });

  test("hidden and very hidden sheets are read with their state; a chart sheet is no worksheet", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("可见").getCell("A1").value = 1;
    const h = wb.addWorksheet("隐藏");
    h.state = "hidden";
    const v = wb.addWorksheet("深度隐藏");
    v.state = "veryHidden";
    const read = readWorkbook(await withChartSheet(wb, "图表1"));
    expect(read.sheetInfo).toEqual([
      { name: "可见", state: "visible" },
      { name: "隐藏", state: "hidden" },
      { name: "深度隐藏", state: "veryHidden" },
    ]);
    expect(read.failures).toEqual([]);
  });

  test("one broken sheet: named in failures with a reason, the other sheets are read", async () => {
    const read = readWorkbook(await withoutPart(base, SHEET2));
    expect(read.sheets.map((s) => s.name)).toEqual(["自评表"]);
    expect(read.failures.map((f) => f.name)).toEqual(["说明"]);
    expect(read.failures[0].message.zh).toContain("工作表“说明”无法读取");
    expect(read.failures[0].message.en).toContain('sheet "说明" could not be read');
    expect(findings(read.sheets)).toEqual(baseFindings.filter((f) => !f.includes("说明")));
  });

  test("only a chart sheet: no worksheets", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("tmp");
    const bytes = await editPart(await withChartSheet(wb, "图表1"), "xl/workbook.xml", (x) =>
      x.replace(/<sheet [^>]*name="tmp"[^>]*\/>/, "")
    );
    expect(() => readWorkbook(bytes)).toThrow(ReadError);
  });

  test("the bytes handed back are the input's own (a patching writer starts from them)", async () => {
    expect(readWorkbook(base).bytes).toBe(base);
  });
});

describe("what a file really is", () => {
  const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  const cfb = (...streams: string[]): Uint8Array =>
    Buffer.concat([
      Buffer.from(CFB),
      Buffer.alloc(504),
      ...streams.map((s) => {
        const e = Buffer.alloc(128);
        Buffer.from(s, "utf16le").copy(e);
        return e;
      }),
    ]);

  test.each<[string, Uint8Array, string, string]>([
    ["a Word .doc renamed .xlsx", cfb("Root Entry", "WordDocument"), "x.xlsx", "doc"],
    ["a PowerPoint .ppt", cfb("Root Entry", "PowerPoint Document"), "x.xls", "ppt"],
    [
      "an encrypted OOXML package",
      cfb("Root Entry", "EncryptionInfo", "EncryptedPackage"),
      "",
      "encrypted",
    ],
    ["a BIFF8 workbook (.xls or WPS .et)", cfb("Root Entry", "Workbook"), "x.et", "xls"],
    ["a PDF", Buffer.from("%PDF-1.7\n"), "x.xlsx", "pdf"],
    ["a CSV", Buffer.from("项目,得分\n1,2\n"), "x.csv", "text"],
    ["nothing", Buffer.alloc(0), "x.xlsx", "empty"],
  ])("%s", (_label, bytes, name, kind) => {
    expect(sniffKind(bytes, name)).toBe(kind);
  });

  test("zip packages by their entries: docx, xlsm, ods", async () => {
    const JSZip = (await import("jszip")).default;
    const zipOf = async (entries: Record<string, string>, mimetype?: string) => {
      const z = new JSZip();
      if (mimetype) z.file("mimetype", mimetype, { compression: "STORE" });
      for (const [k, v] of Object.entries(entries)) z.file(k, v);
      return new Uint8Array(await z.generateAsync({ type: "uint8array" }));
    };
    expect(sniffKind(await zipOf({ "word/document.xml": "<w/>" }), "a.xlsx")).toBe("docx");
    expect(
      sniffKind(await zipOf({ "xl/workbook.xml": "<w/>", "xl/vbaProject.bin": "x" }), "a.xlsx")
    ).toBe("xlsm");
    expect(
      sniffKind(
        await zipOf({ "content.xml": "<o/>" }, "application/vnd.oasis.opendocument.spreadsheet")
      )
    ).toBe("ods");
  });

  test.each<[string, Uint8Array, string, string]>([
    ["a .doc", cfb("Root Entry", "WordDocument"), "x.xlsx", "旧版 Word 文档（.doc）"],
    ["a .csv", Buffer.from("a,b\n"), "x.csv", "CSV"],
    ["encrypted", cfb("Root Entry", "EncryptionInfo"), "x.xlsx", "文件已加密"],
  ])("the refusal of %s names it", (_label, bytes, name, words) => {
    let zh = "";
    try {
      readWorkbook(bytes, name);
    } catch (err) {
      zh = (err as ReadError).text.zh;
    }
    expect(zh).toContain(words);
  });
});

describe("real .xlsx from every producer read the same as the fixture's own", () => {
  test("a clean form and its values", async () => {
    const bytes = await buildXlsx({
      sheets: [{ name: "S", forms: [{ form: cleanForm("central-2020") }] }],
    });
    const read = readWorkbook(bytes);
    expect(read.kind).toBe("xlsx");
    expect(findings(read.sheets).filter((f) => f.startsWith("FORM_"))).toEqual([]);
  });
});
