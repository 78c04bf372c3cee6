// Builds the fake ET workbook from workbook bytes (.xlsx, .xls, .et: through src/files, as the CLI reads
// them) or from a testkit fixture spec, so the WPS adapter is tested on the same inputs as every host.
import { readWorkbook } from "../../src/files";
import type { SheetData } from "../../src/core";
import { buildXlsx } from "../fixtures/build";
import type { WorkbookSpec } from "../fixtures/spec";
import { parseRect } from "../emulator/a1";
import { cellKey, emptySheet, XL, type FakeBook, type FakeCell, type FakeSheet } from "./model";

const VISIBLE = {
  visible: XL.sheetVisible,
  hidden: XL.sheetHidden,
  veryHidden: XL.sheetVeryHidden,
};

function sheetOf(data: SheetData, visible: number): FakeSheet {
  const sheet = { ...emptySheet(data.name), visible };
  data.values.forEach((line, r) =>
    line.forEach((value, c) => {
      const formula = data.formulas?.[r]?.[c] ?? null;
      const format = data.numberFormats?.[r]?.[c] ?? null;
      const cell: FakeCell = {};
      if (value !== null && value !== "") cell.value = value;
      if (formula) cell.formula = formula;
      if (format && format !== "General") cell.numberFormat = format;
      if (Object.keys(cell).length) sheet.cells.set(cellKey(data.top + r, data.left + c), cell);
    })
  );
  sheet.merges = (data.merges ?? []).map((m) => parseRect(m));
  return sheet;
}

/** The fake book of `bytes`, named `name` (its extension picks nothing: the reader sniffs the content). */
export function fakeBookFromBytes(bytes: Uint8Array, name = "book.xlsx"): FakeBook {
  const read = readWorkbook(bytes, name);
  const sheets = read.sheets.map((s, i) => sheetOf(s, VISIBLE[read.sheetInfo[i].state]));
  const active = Math.max(
    0,
    sheets.findIndex((s) => s.visible === XL.sheetVisible)
  );
  return { name, fullName: `C:\\自评\\${name}`, readOnly: false, sheets, active };
}

export async function fakeBookFromSpec(
  spec: WorkbookSpec,
  name = "fixture.xlsx"
): Promise<FakeBook> {
  return fakeBookFromBytes(new Uint8Array(await buildXlsx(spec)), name);
}
