// The emulated workbook as the .xlsx package Excel's getFileAsync(Compressed) hands the add-in,
// reduced to the parts the add-in reads from it: the workbook's sheets (names, states, tab order)
// and each worksheet's merged areas. DOM- and Node-free (fflate), like the rest of the emulator,
// and cheap enough to answer every action of a test run below ExcelApi 1.13.
import { strToU8, zipSync } from "fflate";
import type { WorkbookModel } from "./model";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG = "http://schemas.openxmlformats.org/package/2006/relationships";
const STATE = { Visible: null, Hidden: "hidden", VeryHidden: "veryHidden" } as const;

const esc = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function sheetXml(merges: string[]): string {
  const list = merges.length
    ? `<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${esc(m)}"/>`).join("")}</mergeCells>`
    : "";
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="${MAIN}"><sheetData/>${list}</worksheet>`;
}

export function xlsxOfModel(model: WorkbookModel): Uint8Array {
  const sheets = model.sheets.map((s, i) => {
    const state = STATE[s.visibility ?? "Visible"];
    return {
      entry: `<sheet name="${esc(s.name)}" sheetId="${i + 1}"${state ? ` state="${state}"` : ""} r:id="rId${i + 1}"/>`,
      rel: `<Relationship Id="rId${i + 1}" Type="${R}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
      part: [`xl/worksheets/sheet${i + 1}.xml`, strToU8(sheetXml(s.merges))] as const,
      type: `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
    };
  });
  const files: Record<string, Uint8Array> = {
    "[Content_Types].xml": strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheets.map((s) => s.type).join("")}</Types>`
    ),
    "_rels/.rels": strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/></Relationships>`
    ),
    "xl/workbook.xml": strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="${MAIN}" xmlns:r="${R}"><sheets>${sheets.map((s) => s.entry).join("")}</sheets></workbook>`
    ),
    "xl/_rels/workbook.xml.rels": strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${PKG}">${sheets.map((s) => s.rel).join("")}</Relationships>`
    ),
  };
  for (const s of sheets) files[s.part[0]] = s.part[1];
  return zipSync(files);
}
