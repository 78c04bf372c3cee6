// Makers of the odd inputs the catalogue feeds the CLI: chart sheets, truncated zips, CFB (.xls / encrypted) files.
import ExcelJS from "exceljs";
// exceljs's own zip library (a dependency of exceljs): used to add a part exceljs cannot write.
import JSZip from "jszip";
import { buildWorkbook } from "../../testkit/fixtures/build";
import type { WorkbookSpec } from "../../testkit/fixtures/spec";

export async function bytesOf(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

export async function xlsxOf(spec: WorkbookSpec): Promise<Buffer> {
  return bytesOf(buildWorkbook(spec));
}

const CHARTSHEET_XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<chartsheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
  '<sheetPr/><sheetViews><sheetView workbookViewId="0"/></sheetViews>' +
  '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
  "</chartsheet>";

/**
 * The package of `workbook` plus a chart sheet (an Excel 图表 tab) named `name` placed first:
 * exceljs cannot write one, so the part and its three references are added to the zip by hand.
 */
export async function withChartSheet(workbook: ExcelJS.Workbook, name: string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await bytesOf(workbook));
  zip.file("xl/chartsheets/sheet1.xml", CHARTSHEET_XML);
  const edit = async (part: string, fn: (xml: string) => string) => {
    const file = zip.file(part);
    if (!file) throw new Error(`no ${part} in the package`);
    zip.file(part, fn(await file.async("string")));
  };
  await edit("[Content_Types].xml", (xml) =>
    xml.replace(
      "</Types>",
      '<Override PartName="/xl/chartsheets/sheet1.xml" ' +
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.chartsheet+xml"/></Types>'
    )
  );
  await edit("xl/_rels/workbook.xml.rels", (xml) =>
    xml.replace(
      "</Relationships>",
      '<Relationship Id="rIdChart1" ' +
        'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet" ' +
        'Target="chartsheets/sheet1.xml"/></Relationships>'
    )
  );
  await edit("xl/workbook.xml", (xml) =>
    xml.replace("<sheets>", `<sheets><sheet sheetId="99" name="${name}" r:id="rIdChart1"/>`)
  );
  return Buffer.from(await zip.generateAsync({ type: "nodebuffer" }));
}

/** A real package cut in half: the zip's central directory is gone. */
export function truncated(bytes: Buffer): Buffer {
  return bytes.subarray(0, Math.floor(bytes.length / 2));
}

const CFB = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** A compound file with the given stream names in its directory (all a reader looks at first). */
function compoundFile(streams: string[]): Buffer {
  const header = Buffer.concat([CFB, Buffer.alloc(504)]);
  const names = streams.map((s) => {
    const entry = Buffer.alloc(128);
    Buffer.from(s, "utf16le").copy(entry);
    return entry;
  });
  return Buffer.concat([header, ...names, Buffer.alloc(512)]);
}

/** A legacy BIFF8 .xls: a compound file whose book stream is `Workbook`. */
export const legacyXls = (): Buffer =>
  compoundFile(["Root Entry", "Workbook", "SummaryInformation"]);

/** A password-encrypted .xlsx (File > Info > Protect Workbook > Encrypt): a compound file, not a zip. */
export const encryptedXlsx = (): Buffer =>
  compoundFile(["Root Entry", "EncryptionInfo", "EncryptedPackage", "DataSpaces"]);

/** The package with `part` rewritten by `fn` (the part must exist): for XML real producers write. */
export async function editPart(
  bytes: Buffer,
  part: string,
  fn: (xml: string) => string
): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const file = zip.file(part);
  if (!file) throw new Error(`no ${part} in the package`);
  zip.file(part, fn(await file.async("string")));
  return Buffer.from(await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
}

/** The package without `part` (a producer that lost a sheet's XML). */
export async function withoutPart(bytes: Buffer, part: string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  if (!zip.file(part)) throw new Error(`no ${part} in the package`);
  zip.remove(part);
  return Buffer.from(await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
}

/** Adds merged ranges to a sheet's XML (overlapping or duplicate ones, as LibreOffice writes). */
export function addMerges(xml: string, refs: string[]): string {
  const cells = refs.map((r) => `<mergeCell ref="${r}"/>`).join("");
  if (xml.includes("<mergeCells")) {
    return xml.replace(/<mergeCells count="\d+">/, (m) => m + cells);
  }
  return xml.replace(
    "</sheetData>",
    `</sheetData><mergeCells count="${refs.length}">${cells}</mergeCells>`
  );
}

/** Adds one row of raw cell XML (`<c …>…</c>`) at row `r` (after every existing row). */
export function addRow(xml: string, r: number, cells: string): string {
  return xml.replace("</sheetData>", `<row r="${r}">${cells}</row></sheetData>`);
}
