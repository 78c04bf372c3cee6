// write-xlsx: fix patches only the XML of the cells it writes; every other byte of the package is kept.
import { strFromU8, unzipSync } from "fflate";
import type { Finding } from "../../src/core";
import { readXlsx, sheetToData } from "../../src/cli/read-xlsx";
import {
  HIGHLIGHT_ARGB,
  NOTE_MARKER,
  PackageError,
  writeCells,
  writeHighlights,
} from "../../src/cli/write-xlsx";
import { cellsOf } from "../files/patch/package-diff";
import { cellWrite, expectOnlyWrittenCells } from "../files/patch/identity";
import { MAIN, R, miniXlsx, sheetXml } from "../files/patch/mini-package";

const part = (bytes: Uint8Array, name: string): string => strFromU8(unzipSync(bytes)[name]);
const SHEET = "xl/worksheets/sheet1.xml";

// Shared strings, a shared style (s=1) on B2:C2, a formula, a merged area, a row with spans.
const FORM = sheetXml(
  `<row r="1" spans="1:4"><c r="A1" t="s"><v>0</v></c><c r="C1" s="1"><v>8.5</v></c></row>` +
    `<row r="2" spans="1:4"><c r="B2" s="1"><v>44.5</v></c><c r="C2" s="1"><v>44.5</v></c>` +
    `<c r="D2"><f>B2+C2</f><v>89</v></c></row>` +
    `<row r="4"><c r="A4" s="2" t="inlineStr"><is><t>良</t></is></c></row>`,
  `<mergeCells count="1"><mergeCell ref="A3:D3"/></mergeCells>` +
    `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>` +
    `<rowBreaks count="1" manualBreakCount="1"><brk id="2" max="16383" man="1"/></rowBreaks>`
);
const SST =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
  `<sst xmlns="${MAIN}" count="1" uniqueCount="1"><si><t>总分</t></si></sst>`;

function form(): Uint8Array {
  return miniXlsx({
    sheets: [["自评表", FORM]],
    parts: { "xl/sharedStrings.xml": SST },
  });
}

describe("writeCells", () => {
  it("replaces a value in place, derives a style only for a new number format", () => {
    const input = form();
    const result = writeCells(input, [cellWrite("自评表", "B2", 8.96, "0.00")]);
    expectOnlyWrittenCells(input, result);
    const cells = cellsOf(part(result.bytes, SHEET));
    const s = /\ss="(\d+)"/.exec(cells.get("B2")!)![1];
    expect(cells.get("B2")).toBe(`<c r="B2" s="${s}"><v>8.96</v></c>`);
    // C2 shares the old style and keeps it.
    expect(cells.get("C2")).toBe(`<c r="C2" s="1"><v>44.5</v></c>`);
    const styles = part(result.bytes, "xl/styles.xml");
    expect(styles).toContain(
      `<xf numFmtId="2" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1"/></cellXfs>`
    );
    expect(styles).toContain(`<cellXfs count="4">`);
    expect(Number(s)).toBe(3);
  });

  it("writes text as an inline string and leaves sharedStrings.xml alone", () => {
    const input = form();
    const result = writeCells(input, [
      cellWrite("自评表", "A4", "优"),
      cellWrite("自评表", "A1", " 89.55% "),
    ]);
    expectOnlyWrittenCells(input, result);
    const cells = cellsOf(part(result.bytes, SHEET));
    expect(cells.get("A4")).toBe(`<c r="A4" s="2" t="inlineStr"><is><t>优</t></is></c>`);
    expect(cells.get("A1")).toBe(
      `<c r="A1" t="inlineStr"><is><t xml:space="preserve"> 89.55% </t></is></c>`
    );
    expect(result.changedParts.sort()).toEqual(["xl/workbook.xml", SHEET]);
  });

  it("inserts cells in column order, rows in row order, and widens spans and dimension", () => {
    const input = form();
    const result = writeCells(input, [
      cellWrite("自评表", "A2", 1),
      cellWrite("自评表", "E2", 2),
      cellWrite("自评表", "B5", 3),
      cellWrite("自评表", "C4", "x"),
    ]);
    expectOnlyWrittenCells(input, result);
    const xml = part(result.bytes, SHEET);
    expect(xml).toContain(
      `<row r="2" spans="1:5"><c r="A2"><v>1</v></c><c r="B2" s="1"><v>44.5</v></c>`
    );
    expect(xml).toContain(`<f>B2+C2</f><v>89</v></c><c r="E2"><v>2</v></c></row>`);
    expect(xml).toContain(
      `<c r="C4" t="inlineStr"><is><t>x</t></is></c></row><row r="5"><c r="B5"><v>3</v></c></row></sheetData>`
    );
    expect(xml).toContain(`<dimension ref="A1:E5"/>`);
  });

  it("refuses formula cells, merged children and unknown sheets, and says why", () => {
    const input = form();
    const result = writeCells(input, [
      cellWrite("自评表", "D2", 99),
      cellWrite("自评表", "B3", 1),
      cellWrite("没有这张表", "A1", 1),
      cellWrite("自评表", "A3", "合并区域首格"),
    ]);
    expect(result.skipped.map((s) => [s.write.cell, s.reason])).toEqual([
      ["D2", "formula"],
      ["B3", "merged-child"],
      ["A1", "no-sheet"],
    ]);
    expect(result.applied.map((w) => w.cell)).toEqual(["A3"]);
    expectOnlyWrittenCells(input, result);
  });

  it("refuses a cell inside an array formula's range (it holds the formula's result)", () => {
    const arr = sheetXml(
      `<row r="1"><c r="A1"><f t="array" ref="A1:A2">B1:B2*2</f><v>2</v></c><c r="B1"><v>1</v></c></row>` +
        `<row r="2"><c r="A2"><v>4</v></c><c r="B2"><v>2</v></c></row>`
    );
    const input = miniXlsx({ sheets: [["表", arr]] });
    const result = writeCells(input, [cellWrite("表", "A2", 9), cellWrite("表", "B2", 3)]);
    expect(result.skipped.map((s) => [s.write.cell, s.reason])).toEqual([["A2", "formula"]]);
    expect(result.applied.map((w) => w.cell)).toEqual(["B2"]);
    expectOnlyWrittenCells(input, result);
  });

  it("marks the workbook to recalculate on open when it has formulas, keeping calcPr's other settings", () => {
    const input = miniXlsx({
      sheets: [["自评表", FORM]],
      workbookExtra: `<calcPr calcId="191029"/>`,
    });
    const result = writeCells(input, [cellWrite("自评表", "B2", 1)]);
    expect(result.recalcOnOpen).toBe(true);
    expect(part(result.bytes, "xl/workbook.xml")).toContain(
      `<calcPr calcId="191029" fullCalcOnLoad="1"/>`
    );
    expectOnlyWrittenCells(input, result);
    const plain = miniXlsx({
      sheets: [["表", sheetXml(`<row r="1"><c r="A1"><v>1</v></c></row>`)]],
    });
    const none = writeCells(plain, [cellWrite("表", "A1", 2)]);
    expect(none.recalcOnOpen).toBe(false);
    expect(none.changedParts).toEqual([SHEET]);
  });

  it("adds calcPr in its place when the workbook has none", () => {
    const input = miniXlsx({
      sheets: [["自评表", FORM]],
      workbookExtra: `<definedNames><definedName name="x">自评表!$A$1</definedName></definedNames><extLst/>`,
    });
    const wb = part(writeCells(input, [cellWrite("自评表", "B2", 1)]).bytes, "xl/workbook.xml");
    expect(wb).toContain(`</definedNames><calcPr fullCalcOnLoad="1"/><extLst/>`);
  });

  it("handles a prefixed namespace, rows and cells without r, and an empty sheetData", () => {
    const prefixed =
      `<x:worksheet xmlns:x="${MAIN}" xmlns:r="${R}"><x:sheetData>` +
      `<x:row><x:c t="n"><x:v>1</x:v></x:c><x:c><x:v>2</x:v></x:c></x:row>` +
      `<x:row><x:c r="A2"><x:v>3</x:v></x:c></x:row></x:sheetData></x:worksheet>`;
    const empty = `<worksheet xmlns="${MAIN}"><sheetData/></worksheet>`;
    const input = miniXlsx({
      sheets: [
        ["甲", prefixed],
        ["乙", empty],
      ],
    });
    const result = writeCells(input, [
      cellWrite("甲", "B1", 5),
      cellWrite("甲", "B2", "文"),
      cellWrite("乙", "C3", 7),
    ]);
    const a = part(result.bytes, SHEET);
    expect(a).toContain(`<x:row><x:c t="n"><x:v>1</x:v></x:c><x:c><x:v>5</x:v></x:c></x:row>`);
    expect(a).toContain(
      `<x:row><x:c r="A2"><x:v>3</x:v></x:c><x:c r="B2" t="inlineStr"><x:is><x:t>文</x:t></x:is></x:c></x:row>`
    );
    expect(part(result.bytes, "xl/worksheets/sheet2.xml")).toBe(
      `<worksheet xmlns="${MAIN}"><sheetData><row r="3"><c r="C3"><v>7</v></c></row></sheetData></worksheet>`
    );
  });

  it("keeps every untouched zip entry's compressed bytes", () => {
    const input = form();
    const result = writeCells(input, [cellWrite("自评表", "B2", 1)]);
    const raw = (bytes: Uint8Array) => {
      const out = new Map<string, string>();
      unzipSync(bytes, {
        filter: (f) => {
          out.set(f.name, `${f.compression}:${f.size}:${f.originalSize}`);
          return false;
        },
      });
      return out;
    };
    const a = raw(input);
    const b = raw(result.bytes);
    for (const [name, info] of a) {
      if (name === SHEET || name === "xl/workbook.xml") continue;
      expect([name, b.get(name)]).toEqual([name, info]);
    }
    expect(Buffer.from(result.bytes).includes(Buffer.from(input.subarray(0, 200)))).toBe(true);
  });

  it("never changes the input bytes (a Node Buffer's slice shares memory)", () => {
    const input = Buffer.from(form());
    const copy = Buffer.from(input);
    writeCells(input, [cellWrite("自评表", "B2", 1), cellWrite("自评表", "A9", "新")]);
    expect(input.equals(copy)).toBe(true);
  });

  it("refuses what is not a zip package with a PackageError", () => {
    expect(() => writeCells(new Uint8Array([1, 2, 3]), [])).toThrow(PackageError);
  });

  // Read back through exceljs: SheetJS (the check reader) does not open this hand-made minimal package
  // at all, patched or not (a follow-up for the reader); real producers' files are read back by both.
  it("reads back with exceljs: values, formats and the untouched formula", async () => {
    const result = writeCells(form(), [
      cellWrite("自评表", "B2", 8.96, "0.00%"),
      cellWrite("自评表", "A4", "优"),
    ]);
    const loaded = await readXlsx(Buffer.from(result.bytes));
    const s = sheetToData(loaded.workbook.worksheets[0]);
    const at = (r: number, c: number) => s.values[r - s.top][c - s.left];
    expect(at(1, 1)).toBe(8.96);
    expect(s.numberFormats![1 - s.top][1 - s.left]).toBe("0.00%");
    expect(s.numberFormats![1 - s.top][2 - s.left]).toBe("#,##0.00");
    expect(at(3, 0)).toBe("优");
    expect(s.formulas![1 - s.top][3 - s.left]).toBe("=B2+C2");
  });
});

describe("writeHighlights", () => {
  const finding = (cell: string, zh: string): Finding => ({
    code: "FUND_SCORE",
    severity: "error",
    sheet: "自评表",
    cell,
    message: { zh, en: `en ${zh}` },
  });

  it("fills the cells, adds notes with their VML shapes, relationships and content types", async () => {
    const input = form();
    const result = writeHighlights(
      input,
      [
        { sheet: "自评表", cell: "B2", severity: "error" },
        { sheet: "自评表", cell: "D4", severity: "warning" },
      ],
      [finding("B2", "得分应为 8.96"), finding("B2", "第二条"), finding("D4", "缺少原因")],
      "zh"
    );
    expect(result.highlighted).toBe(2);
    const files = unzipSync(result.bytes);
    expect(Object.keys(files)).toEqual(
      expect.arrayContaining(["xl/comments1.xml", "xl/drawings/vmlDrawing1.vml"])
    );
    const sheet = part(result.bytes, SHEET);
    expect(sheet).toContain(`<legacyDrawing r:id="rId2"/></worksheet>`);
    expect(part(result.bytes, "[Content_Types].xml")).toContain(`PartName="/xl/comments1.xml"`);
    expect(part(result.bytes, "xl/worksheets/_rels/sheet1.xml.rels")).toContain(
      `Target="../comments1.xml"`
    );
    const styles = part(result.bytes, "xl/styles.xml");
    expect(styles).toContain(`<fgColor rgb="${HIGHLIGHT_ARGB.error}"/>`);
    expect(styles).toContain(`<fgColor rgb="${HIGHLIGHT_ARGB.warning}"/>`);
    // The other cells of B2's shared style keep it.
    expect(cellsOf(sheet).get("C2")).toBe(`<c r="C2" s="1"><v>44.5</v></c>`);
    const loaded = await readXlsx(Buffer.from(result.bytes));
    const ws = loaded.workbook.getWorksheet("自评表")!;
    const noteText = (a: string): string => {
      const note = ws.getCell(a).note;
      return typeof note === "string" ? note : (note?.texts ?? []).map((t) => t.text).join("");
    };
    expect(noteText("B2")).toBe(`${NOTE_MARKER}\nFUND_SCORE: 得分应为 8.96\nFUND_SCORE: 第二条`);
    expect((ws.getCell("D4").fill as { fgColor?: { argb?: string } }).fgColor?.argb).toBe(
      HIGHLIGHT_ARGB.warning
    );
  });

  it("keeps the user's note text and replaces only our part on a second run", () => {
    const comments =
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="${MAIN}">` +
      `<authors><author>张三</author></authors><commentList>` +
      `<comment ref="B2" authorId="0"><text><r><t>原有批注</t></r></text></comment></commentList></comments>`;
    const vml =
      `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">` +
      `<v:shape id="_x0000_s1025" type="#_x0000_t202"><x:ClientData ObjectType="Note"><x:Row>1</x:Row><x:Column>1</x:Column></x:ClientData></v:shape></xml>`;
    const input = miniXlsx({
      sheets: [
        ["自评表", FORM.replace("</worksheet>", `<legacyDrawing r:id="rId2"/></worksheet>`)],
      ],
      parts: { "xl/comments7.xml": comments, "xl/drawings/vmlDrawing3.vml": vml },
      sheetRels: {
        1:
          `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
          `<Relationship Id="rId1" Type="${R}/comments" Target="../comments7.xml"/>` +
          `<Relationship Id="rId2" Type="${R}/vmlDrawing" Target="../drawings/vmlDrawing3.vml"/></Relationships>`,
      },
    });
    const once = writeHighlights(
      input,
      [{ sheet: "自评表", cell: "B2", severity: "error" }],
      [finding("B2", "旧")],
      "zh"
    );
    const twice = writeHighlights(
      once.bytes,
      [{ sheet: "自评表", cell: "B2", severity: "error" }],
      [finding("B2", "新")],
      "en"
    );
    const text = part(twice.bytes, "xl/comments7.xml");
    expect(text).toContain(`<r><t>原有批注</t></r>`);
    expect(text).toContain(`${NOTE_MARKER}\nFUND_SCORE: en 新</t>`);
    expect(text).not.toContain("旧");
    expect(text).toContain(`<author>张三</author><author>绩效自评助手</author>`);
    // The cell had a note, so its shape is already there: the VML and relationships are untouched.
    expect(once.changedParts.sort()).toEqual([SHEET, "xl/comments7.xml", "xl/styles.xml"].sort());
    // The second run finds its fill and cell format in place: only the note text changes.
    expect(twice.changedParts).toEqual(["xl/comments7.xml"]);
    // A second highlight reuses the fill and cell format the first one added.
    expect(part(twice.bytes, "xl/styles.xml")).toBe(part(once.bytes, "xl/styles.xml"));
  });
});
