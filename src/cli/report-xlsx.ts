// The batch report as an .xlsx: four sheets (各表, 问题明细, 跨表提示, 汇总), each with a frozen,
// filtered header, columns as wide as their text (CJK counts double) and A4-landscape print setup.
// Byte-identical for the same rows: fixed document dates and zip entry times.
import ExcelJS from "exceljs";
import { unzipSync, zipSync, type Zippable } from "fflate";
import { displayWidth } from "./display-width";
import type { BatchReport, Column, Table } from "./report-rows";
import { summaryTable } from "./report-rows";

/** The date every report carries in its properties and zip entries: the run's content, not its clock. */
const FIXED_DATE = new Date(Date.UTC(2000, 0, 1));
/** Wrapped columns (messages, project names) stop here and wrap; others fit their longest text. */
const MAX_WIDTH = 60;
const MIN_WIDTH = 6;
const A4 = 9;

const NUM_FORMAT: Partial<Record<Column["kind"], string>> = {
  number: "0.00##",
  percent: "0.00%",
  count: "0",
};

/** Columns of a cell's text as shown (numbers roughly as formatted). */
function shownWidth(value: unknown, kind: Column["kind"]): number {
  if (value === null || value === undefined) return 0;
  if (typeof value === "number") return kind === "percent" ? 8 : String(value).length + 1;
  return Math.max(...String(value).split("\n").map(displayWidth));
}

function widthOf(table: Table, i: number, header: string): number {
  const kind = table.columns[i].kind;
  let w = displayWidth(header);
  for (const row of table.rows) w = Math.max(w, shownWidth(row[i], kind));
  return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, w + 2));
}

function addTable(wb: ExcelJS.Workbook, table: Table, lang: BatchReport["lang"]): void {
  const headers = table.columns.map((c) => c.header[lang]);
  const ws = wb.addWorksheet(table.name[lang], {
    views: [{ state: "frozen", ySplit: 1, xSplit: 0, topLeftCell: "A2", activeCell: "A2" }],
    pageSetup: {
      paperSize: A4,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: "&L&A&R&P / &N" },
  });
  ws.columns = table.columns.map((c, i) => ({
    width: widthOf(table, i, headers[i]),
    style: {
      numFmt: NUM_FORMAT[c.kind],
      alignment: { vertical: "top", wrapText: c.kind === "wrap" },
    },
  }));
  const head = ws.addRow(headers);
  head.font = { bold: true };
  head.alignment = { vertical: "middle", wrapText: true };
  head.eachCell((cell) => {
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } };
    cell.border = { bottom: { style: "thin" } };
  });
  // A blank is an empty cell, not an empty string: every reader (LibreOffice too) sees it the same.
  for (const row of table.rows) ws.addRow(row.map((v) => (v === "" ? null : v)));
  const lastCol = ws.getColumn(table.columns.length).letter;
  ws.autoFilter = `A1:${lastCol}${Math.max(1, table.rows.length + 1)}`;
  // Every printed page repeats the header row.
  ws.pageSetup.printTitlesRow = "1:1";
}

/** Rewrites the package with the fixed time on every entry (exceljs stamps the clock's). */
function stableZip(bytes: Uint8Array): Uint8Array {
  const entries = unzipSync(bytes);
  const out: Zippable = {};
  for (const [name, data] of Object.entries(entries)) out[name] = [data, { mtime: FIXED_DATE }];
  return zipSync(out, { level: 6, mtime: FIXED_DATE });
}

export async function reportXlsx(report: BatchReport): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "jxzp";
  wb.lastModifiedBy = "jxzp";
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  for (const table of [report.forms, report.findings, report.flags, summaryTable(report)]) {
    addTable(wb, table, report.lang);
  }
  const buffer = await wb.xlsx.writeBuffer();
  return stableZip(new Uint8Array(buffer as ArrayBuffer));
}
