// Applies a Case's cell mutations and merges to a built workbook, and names each form's computed cells.
import ExcelJS from "exceljs";
import { address, parseAddress } from "../../testkit/fixtures/address";
import { buildWorkbookWithMap, type FormMap } from "../../testkit/fixtures/build";
import type { ComputedRole } from "../../src/core/types";
import { specOf, type Case, type MutValue } from "./arbitraries";

export interface Built {
  workbook: ExcelJS.Workbook;
  forms: FormMap[];
  /** `sheet!A1` of every cell a mutation or merge touched. */
  touched: Set<string>;
}

const key = (sheet: string, cell: string): string => `${sheet}!${cell}`;

/** Value cells of a form: inputs and computed cells, never a label (so the form stays locatable). */
export function valueCells(map: FormMap): string[] {
  const out: string[] = [map.cells.project];
  const labels = new Set(["label", "level1", "level2"]);
  const rows: Record<string, string | undefined>[] = [
    ...[map.funding.total, ...map.funding.sources].map((row) => row.cells),
    ...map.indicators.map((ind) => ind.cells),
  ];
  for (const cells of rows) {
    for (const [role, a] of Object.entries(cells))
      if (a !== undefined && !labels.has(role)) out.push(a);
  }
  out.push(map.cells.totalScore);
  if (map.cells.grade) out.push(map.cells.grade);
  if (map.cells.totalWeight) out.push(map.cells.totalWeight);
  return out;
}

/** Every cell of the form's body, labels included (chaos mode). */
export function bodyCells(map: FormMap): string[] {
  const out: string[] = [];
  const bottom = map.rows.grade ?? map.rows.total;
  for (let r = map.top; r <= bottom; r++)
    for (let c = map.left; c <= map.right; c++) out.push(address(r, c));
  return out;
}

/** The computed cells of docs/rules.md §6 by role, as the fixture laid them out: `sheet!A1` → role. */
export function computedCellsOf(map: FormMap): Map<string, ComputedRole> {
  const out = new Map<string, ComputedRole>();
  const put = (cell: string | undefined, role: ComputedRole) => {
    if (cell !== undefined) out.set(key(map.sheet, cell), role);
  };
  for (const row of [map.funding.total, ...map.funding.sources]) {
    put(row.cells.rate, "rate");
    put(row.cells.balance, "balance");
  }
  put(map.funding.total.cells.score, "budgetScore");
  for (const ind of map.indicators) put(ind.cells.score, "indicatorScore");
  put(map.cells.totalScore, "total");
  put(map.cells.grade, "grade");
  return out;
}

function exceljsValue(m: MutValue): { value: ExcelJS.CellValue; numFmt?: string } {
  switch (m.kind) {
    case "number":
      return { value: m.value, numFmt: m.numFmt };
    case "text":
      return { value: m.value, numFmt: m.numFmt };
    case "blank":
      return { value: null };
    case "formula": {
      const result = m.error ? { error: m.error } : (m.result ?? undefined);
      return { value: { formula: m.formula, result } as ExcelJS.CellFormulaValue };
    }
    case "bool":
      return { value: m.value };
    case "date":
      return { value: m.value, numFmt: 'yyyy"年"m"月"d"日"' };
    case "error":
      return { value: { error: m.value } as ExcelJS.CellErrorValue };
  }
}

function setCell(ws: ExcelJS.Worksheet, cell: string, m: MutValue): void {
  const target = ws.getCell(cell);
  // A merged child passes the value to its master, like typing into a merged area in Excel.
  // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read -- an exceljs cell, not an Office.js proxy
  const c = target.type === ExcelJS.ValueType.Merge ? target.master : target;
  const { value, numFmt } = exceljsValue(m);
  c.value = value;
  if (numFmt !== undefined) c.style = { ...c.style, numFmt };
}

/** Builds the case's workbook, then mutates and merges cells of its forms. */
export function buildCase(c: Case): Built {
  const { workbook, forms } = buildWorkbookWithMap(specOf(c));
  const touched = new Set<string>();
  const candidates = forms.map((map) => (c.chaos ? bodyCells(map) : valueCells(map)));
  for (const m of c.mutations) {
    const map = forms[m.form % forms.length];
    const cells = candidates[m.form % forms.length];
    const cell = cells[m.cell % cells.length];
    setCell(workbook.getWorksheet(map.sheet) as ExcelJS.Worksheet, cell, m.value);
    touched.add(key(map.sheet, cell));
  }
  for (const m of c.merges) {
    const index = m.form % forms.length;
    const map = forms[index];
    const cells = candidates[index];
    const cell = cells[m.cell % cells.length];
    const p = parseAddress(cell);
    const other = m.down ? address(p.row + 1, p.col) : address(p.row, p.col + 1);
    // Outside chaos mode both cells must be inputs: no label and no computed cell disappears into a
    // merge (a merged 分值|得分 pair reads as one cell, and the core may fairly take it for either).
    const computed = computedCellsOf(map);
    const input = (a: string) => cells.includes(a) && !computed.has(key(map.sheet, a));
    if (!c.chaos && (m.down || !input(cell) || !input(other))) continue;
    const ws = workbook.getWorksheet(map.sheet) as ExcelJS.Worksheet;
    try {
      ws.mergeCells(`${cell}:${other}`);
      touched.add(key(map.sheet, cell));
      touched.add(key(map.sheet, other));
    } catch {
      // Overlaps an existing merge: Excel would refuse it too.
    }
  }
  return { workbook, forms, touched };
}
