// Builds forms stacked on one sheet, edits cells of the built forms by their mapped addresses, and reads
// the sheet as the CLI does: the layouts the locator specs pin.
import type ExcelJS from "exceljs";
import { sheetToData } from "../../../src/cli/read-xlsx";
import { evaluate } from "../../../src/core";
import type { Evaluation, FormReport } from "../../../src/core";
import { inArea, parseA1, parseArea } from "../../../src/core/grid/address";
import { address, parseAddress } from "../../../testkit/fixtures/address";
import { buildWorkbookWithMap, type FormMap } from "../../../testkit/fixtures/build";
import type { PlacedForm } from "../../../testkit/fixtures/spec";

export interface Stacked {
  evaluation: Evaluation;
  maps: FormMap[];
}

/** `forms` stacked on sheet `S`; `edit` changes the built worksheet before it is read. */
export function stacked(
  forms: PlacedForm[],
  edit?: (ws: ExcelJS.Worksheet, maps: FormMap[]) => void
): Stacked {
  const { workbook, forms: maps } = buildWorkbookWithMap({ sheets: [{ name: "S", forms }] });
  const ws = workbook.worksheets[0];
  edit?.(ws, maps);
  return { evaluation: evaluate([sheetToData(ws)]), maps };
}

/** The cell on header row `row` above the value cell `cell`: the label of that cell's column. */
export function headerAbove(cell: string, row: number): string {
  return address(row, parseAddress(cell).col);
}

/** Every finding of the form points at a cell inside the form's range. */
export function expectFindingsInside(form: FormReport): void {
  const area = parseArea(form.range);
  for (const f of form.findings) {
    const p = parseA1(f.cell);
    expect({ cell: f.cell, inside: inArea(area, p.r, p.c) }).toEqual({
      cell: f.cell,
      inside: true,
    });
  }
}
