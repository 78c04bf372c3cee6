// read-xlsx: the CLI's file access (regular files only, type from the content) over src/files, and
// the exceljs helpers `fix` still writes through.
import { execFileSync } from "child_process";
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import {
  cellToPlain,
  dateToSerial,
  parseA1,
  readForCheck,
  readInputFile,
  readXlsx,
  sheetsToCheck,
} from "../../src/cli/read-xlsx";
import { CliError } from "../../src/cli/errors";
import { wpsSample, wpsSamplesPresent } from "../../testkit/samples";

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

describe("readForCheck", () => {
  let sheet: Awaited<ReturnType<typeof readForCheck>>["sheets"][number];

  beforeAll(async () => {
    const loaded = await readForCheck(await toBuffer(kitchenSink()));
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

  // The arrays are sparse: a cell without a formula is absent (read as null by the Grid).
  const formulasOf = (row: number): (string | null)[] =>
    Array.from({ length: 4 }, (_v, j) => sheet.formulas?.[row]?.[j] ?? null);

  it("gives formulas with '=' and translates shared-formula children", () => {
    expect(formulasOf(1).slice(0, 3)).toEqual([null, "=B4*2", "=1/0"]);
    expect(formulasOf(2).slice(0, 3)).toEqual([null, "=B5*2", "=SUM(B4:B5)"]);
    expect(formulasOf(0).every((f) => f === null)).toBe(true);
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
    expect(formulasOf(2)[3]).toBeNull();
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
    const loaded = await readForCheck(await toBuffer(wb));
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
    const loaded = await readForCheck(await toBuffer(wb));
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
  let dir: string;
  const at = (name: string): string => path.join(dir, name);
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "jxzp-input-"));
  });
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  const codeOf = async (p: Promise<unknown>): Promise<string> =>
    p.then(
      () => "none",
      (err: CliError) => err.code
    );

  it("refuses a FIFO at once instead of waiting for a writer", async () => {
    execFileSync("mkfifo", [at("pipe.xlsx")]);
    await expect(codeOf(readInputFile(at("pipe.xlsx")))).resolves.toBe("NOT_REGULAR");
  });

  it("refuses a device, also through a symlink (never reads /dev/zero)", async () => {
    await fs.symlink("/dev/zero", at("zero.xlsx"));
    await expect(codeOf(readInputFile(at("zero.xlsx")))).resolves.toBe("NOT_REGULAR");
    await expect(codeOf(readInputFile("/dev/null"))).resolves.toBe("NOT_REGULAR");
  });

  it("names a missing file and a directory", async () => {
    await expect(codeOf(readInputFile(at("missing.xlsx")))).resolves.toBe("FILE_NOT_FOUND");
    await expect(codeOf(readInputFile(dir))).resolves.toBe("IS_DIRECTORY");
  });

  it("reads a regular file through a symlink", async () => {
    const bytes = await toBuffer(kitchenSink());
    await fs.writeFile(at("real.xlsx"), bytes);
    await fs.symlink(at("real.xlsx"), at("link.xlsx"));
    expect((await readInputFile(at("link.xlsx"))).equals(bytes)).toBe(true);
  });

  it("keeps the bytes of the file for a writer that patches them", async () => {
    const bytes = await toBuffer(kitchenSink());
    const loaded = await readForCheck(bytes);
    expect(Buffer.from(loaded.read.bytes).equals(bytes)).toBe(true);
    expect(loaded.read.kind).toBe("xlsx");
  });

  it("rejects a zip cut short as corrupt", async () => {
    const truncated = (await toBuffer(kitchenSink())).subarray(0, 200);
    await expect(codeOf(readForCheck(truncated))).resolves.toBe("CORRUPT");
  });

  (wpsSamplesPresent() ? it : it.skip)(
    "fix refuses an .xls with a message that checking it works",
    async () => {
      const err = await readXlsx(wpsSample("project-library-export.xls")).then(
        () => null,
        (e: CliError) => e
      );
      expect(err?.code).toBe("FIX_NEEDS_XLSX");
      expect(err?.text.zh).toContain("check 可以照常检查");
      expect(err?.text.en).toContain("check reads this file");
    }
  );
});
