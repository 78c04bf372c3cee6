// read-xlsx: exceljs cells → SheetData (values, formulas, formats, merges, origin) and the input checks.
import ExcelJS from "exceljs";
import {
  assertXlsxBytes,
  cellToPlain,
  dateToSerial,
  parseA1,
  readXlsx,
  sheetsToCheck,
} from "../../src/cli/read-xlsx";
import { CliError } from "../../src/cli/errors";

async function toBuffer(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** A sheet whose used area starts at B3, holding one of every kind of value exceljs produces. */
function kitchenSink(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("表一");
  ws.getCell("B3").value = "项目名称";
  ws.getCell("C3").value = {
    richText: [{ text: "总" }, { text: "     分", font: { bold: true } }],
  };
  ws.getCell("D3").value = 44.5;
  ws.getCell("E3").value = 0.895525;
  ws.getCell("E3").numFmt = "0.00%";
  ws.getCell("F3").value = new Date(Date.UTC(2022, 11, 31));
  ws.getCell("G3").value = { error: "#DIV/0!" };
  ws.getCell("H3").value = { text: "链接", hyperlink: "https://example.org" };
  ws.getCell("I3").value = true;
  ws.getCell("B4").value = 1;
  ws.getCell("B5").value = 2;
  ws.getCell("C4").value = {
    formula: "B4*2",
    shareType: "shared",
    ref: "C4:C5",
    result: 2,
  } as ExcelJS.CellFormulaValue;
  ws.getCell("C5").value = { sharedFormula: "C4", result: 4 };
  ws.getCell("D4").value = { formula: "1/0", result: { error: "#DIV/0!" } };
  ws.getCell("D5").value = { formula: "SUM(B4:B5)", result: 3 };
  ws.getCell("D5").numFmt = "0.00";
  ws.mergeCells("E4:F6");
  ws.getCell("E4").value = "合并";
  ws.getCell("I6").value = "末";
  return wb;
}

describe("readXlsx", () => {
  let sheet: Awaited<ReturnType<typeof readXlsx>>["sheets"][number];

  beforeAll(async () => {
    const loaded = await readXlsx(await toBuffer(kitchenSink()));
    expect(loaded.sheets).toHaveLength(1);
    sheet = loaded.sheets[0];
  });

  it("puts the 0-based origin at the first used row and column", () => {
    expect(sheet.name).toBe("表一");
    expect([sheet.top, sheet.left]).toEqual([2, 1]);
    expect(sheet.values).toHaveLength(4); // rows 3..6
    expect(sheet.values[0]).toHaveLength(8); // B..I
  });

  it("normalises every kind of value like Office.js values", () => {
    expect(sheet.values[0]).toEqual([
      "项目名称",
      "总     分",
      44.5,
      0.895525,
      44926,
      "#DIV/0!",
      "链接",
      true,
    ]);
    expect(sheet.values[1].slice(0, 3)).toEqual([1, 2, "#DIV/0!"]);
    expect(sheet.values[2].slice(0, 3)).toEqual([2, 4, 3]);
    expect(sheet.values[3][7]).toBe("末");
  });

  it("gives formulas with '=' and translates shared-formula children", () => {
    expect(sheet.formulas?.[1].slice(0, 3)).toEqual([null, "=B4*2", "=1/0"]);
    expect(sheet.formulas?.[2].slice(0, 3)).toEqual([null, "=B5*2", "=SUM(B4:B5)"]);
    expect(sheet.formulas?.[0].every((f) => f === null)).toBe(true);
  });

  it("reads number formats, General where none", () => {
    expect(sheet.numberFormats?.[0][3]).toBe("0.00%");
    expect(sheet.numberFormats?.[2][2]).toBe("0.00");
    expect(sheet.numberFormats?.[0][0]).toBe("General");
  });

  it("lists merges and leaves merged children empty", () => {
    expect(sheet.merges).toEqual(["E4:F6"]);
    expect(sheet.values[1][3]).toBe("合并"); // E4
    expect(sheet.values[1][4]).toBeNull(); // F4
    expect(sheet.values[2][3]).toBeNull(); // E5
    expect(sheet.formulas?.[2][3]).toBeNull();
  });

  it("reports hidden and veryHidden sheets and checks only visible ones by default", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("A").getCell("A1").value = 1;
    const b = wb.addWorksheet("B");
    b.getCell("A1").value = 2;
    b.state = "hidden";
    const c = wb.addWorksheet("C");
    c.getCell("A1").value = 3;
    c.state = "veryHidden";
    const loaded = await readXlsx(await toBuffer(wb));
    expect(loaded.sheetInfo).toEqual([
      { name: "A", state: "visible" },
      { name: "B", state: "hidden" },
      { name: "C", state: "veryHidden" },
    ]);
    expect(sheetsToCheck(loaded).map((s) => s.name)).toEqual(["A"]);
    expect(sheetsToCheck(loaded, "C").map((s) => s.name)).toEqual(["C"]);
    expect(() => sheetsToCheck(loaded, "D")).toThrow(CliError);
  });

  it("gives an empty sheet an empty grid", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("空");
    wb.addWorksheet("有").getCell("C2").value = "x";
    const loaded = await readXlsx(await toBuffer(wb));
    expect(loaded.sheets[0]).toMatchObject({ name: "空", top: 0, left: 0, values: [] });
    expect(loaded.sheets[1]).toMatchObject({ top: 1, left: 2, values: [["x"]] });
  });
});

describe("cellToPlain", () => {
  it.each<[unknown, ExcelJS.CellValue]>([
    [null, null],
    [null, undefined],
    [0, 0],
    ["44.5000", "44.5000"],
    [false, false],
    ["ab", { richText: [{ text: "a" }, { text: "b" }] }],
    [8.96, { formula: "A1*0.1", result: 8.96 }],
    ["优", { formula: 'IF(A1>=90,"优","良")', result: "优" }],
    [null, { formula: "A1" }],
    [4, { sharedFormula: "C4", result: 4 }],
    ["#N/A", { error: "#N/A" }],
    ["#REF!", { formula: "X1", result: { error: "#REF!" } }],
    ["说明", { text: "说明", hyperlink: "https://example.org" }],
    [44926, new Date(Date.UTC(2022, 11, 31))],
    [44926.5, new Date(Date.UTC(2022, 11, 31, 12))],
  ])("gives %p", (expected, value) => {
    expect(cellToPlain(value)).toEqual(expected);
  });

  it("turns dates into 1900-system serials", () => {
    expect(dateToSerial(new Date(Date.UTC(1970, 0, 1)))).toBe(25569);
    expect(dateToSerial(new Date(Date.UTC(2022, 11, 1)))).toBe(44896);
  });
});

describe("parseA1", () => {
  it.each([
    ["A1", 1, 1],
    ["$J$38", 38, 10],
    ["AA10", 10, 27],
  ])("%s", (a1, row, col) => {
    expect(parseA1(a1)).toEqual({ row, col });
  });
});

describe("input checks", () => {
  const codeOf = (fn: () => unknown): string => {
    try {
      fn();
    } catch (err) {
      return (err as CliError).code;
    }
    return "none";
  };
  const CFB = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

  it.each<[string, Buffer]>([
    ["EMPTY_FILE", Buffer.alloc(0)],
    ["ENCRYPTED", Buffer.concat([CFB, Buffer.from("junk junk junk")])],
    [
      "ENCRYPTED",
      Buffer.concat([CFB, Buffer.alloc(600), Buffer.from("EncryptionInfo", "utf16le")]),
    ],
    ["LEGACY_XLS", Buffer.concat([CFB, Buffer.alloc(600), Buffer.from("Workbook", "utf16le")])],
    ["CORRUPT", Buffer.from("name,score\n1,2\n")],
    ["none", Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0])],
  ])("%s", (code, bytes) => {
    expect(codeOf(() => assertXlsxBytes(bytes))).toBe(code);
  });

  it("rejects a zip that is not a workbook as corrupt", async () => {
    const truncated = (await toBuffer(kitchenSink())).subarray(0, 200);
    await expect(readXlsx(truncated)).rejects.toMatchObject({ code: "CORRUPT" });
  });
});
