// The grid preview of one form: its cell range as rows of cells, merges as spans, problems per cell.
import {
  parseArea,
  toA1,
  type CellWrite,
  type Evaluation,
  type Finding,
  type FormReport,
  type HeldWrite,
  type Severity,
  type SheetData,
} from "../../core";
import { displayValue } from "./display";

export interface PreviewCell {
  /** A1 address of the cell (the top-left of its merge). */
  cell: string;
  text: string;
  rowSpan: number;
  colSpan: number;
  /** A number or a number written as text (aligned right, kept on one line). */
  numeric: boolean;
  /** The worst severity of the findings on this cell; null when it has none. */
  severity: Severity | null;
  findings: Finding[];
  /** What 重新计算 writes here, if it writes this cell. */
  write: CellWrite | null;
  /** Why the recompute leaves this computed cell alone, if it does. */
  held: HeldWrite | null;
  formula: string | null;
}

export interface PreviewRow {
  /** 1-based row number, as the spreadsheet labels it. */
  row: number;
  cells: PreviewCell[];
}

export interface FormPreview {
  sheet: string;
  /** The form's project name (empty when the form names none). */
  project: string;
  range: string;
  /** Column letters across the range. */
  columns: string[];
  rows: PreviewRow[];
}

/** Text that reads as a number (`"44.5000"`, `"89.55%"`): aligned like one, never broken across lines. */
const NUMBER_TEXT = /^\s*[+-]?\d[\d,]*(\.\d+)?%?\s*$/;

const RANK: Record<Severity, number> = { error: 2, warning: 1, info: 0 };

function worst(findings: Finding[]): Severity | null {
  let best: Severity | null = null;
  for (const f of findings) if (best === null || RANK[f.severity] > RANK[best]) best = f.severity;
  return best;
}

function at<T>(grid: (T[] | undefined)[] | undefined, r: number, c: number): T | undefined {
  return grid?.[r]?.[c];
}

/** The form's area of `sheet` with everything the evaluation says about its cells. */
export function formPreview(
  sheet: SheetData,
  form: FormReport,
  evaluation: Evaluation
): FormPreview {
  const area = parseArea(form.range);
  const inSheet = (f: { sheet: string }) => f.sheet === sheet.name;
  const byCell = new Map<string, Finding[]>();
  for (const f of [...form.findings, ...evaluation.sheetFindings].filter(inSheet)) {
    const list = byCell.get(f.cell) ?? [];
    list.push(f);
    byCell.set(f.cell, list);
  }
  const writes = new Map(evaluation.writes.filter(inSheet).map((w) => [w.cell, w]));
  const held = new Map((form.held ?? []).filter(inSheet).map((h) => [h.cell, h]));

  // Merges clipped to the form: the anchor is the merge's first cell inside the area.
  const covered = new Set<string>();
  const spans = new Map<string, { rowSpan: number; colSpan: number; source: string }>();
  for (const m of sheet.merges ?? []) {
    const a = parseArea(m);
    const top = Math.max(a.top, area.top);
    const left = Math.max(a.left, area.left);
    const bottom = Math.min(a.bottom, area.bottom);
    const right = Math.min(a.right, area.right);
    if (top > bottom || left > right) continue;
    spans.set(toA1(top, left), {
      rowSpan: bottom - top + 1,
      colSpan: right - left + 1,
      source: toA1(a.top, a.left),
    });
    for (let r = top; r <= bottom; r++) {
      for (let c = left; c <= right; c++) if (r !== top || c !== left) covered.add(toA1(r, c));
    }
  }

  const valueAt = (address: string) => {
    const p = parseArea(address);
    const r = p.top - sheet.top;
    const c = p.left - sheet.left;
    return {
      value: at(sheet.values, r, c) ?? null,
      format: at(sheet.numberFormats, r, c) ?? null,
      formula: at(sheet.formulas, r, c) || null,
    };
  };

  const columns: string[] = [];
  for (let c = area.left; c <= area.right; c++) columns.push(toA1(0, c).replace(/\d+$/, ""));
  const rows: PreviewRow[] = [];
  for (let r = area.top; r <= area.bottom; r++) {
    const cells: PreviewCell[] = [];
    for (let c = area.left; c <= area.right; c++) {
      const cell = toA1(r, c);
      if (covered.has(cell)) continue;
      const span = spans.get(cell);
      const source = valueAt(span?.source ?? cell);
      const findings = byCell.get(cell) ?? [];
      cells.push({
        cell,
        text: displayValue(source.value, source.format),
        rowSpan: span?.rowSpan ?? 1,
        colSpan: span?.colSpan ?? 1,
        numeric: typeof source.value === "number" || NUMBER_TEXT.test(String(source.value ?? "")),
        severity: worst(findings),
        findings,
        write: writes.get(cell) ?? null,
        held: held.get(cell) ?? null,
        formula: source.formula,
      });
    }
    rows.push({ row: r + 1, cells });
  }
  return { sheet: sheet.name, project: form.project, range: form.range, columns, rows };
}

/** The preview of every form of a checked workbook, in report order (forms on unread sheets are left out). */
export function previews(sheets: SheetData[], evaluation: Evaluation): FormPreview[] {
  const byName = new Map(sheets.map((s) => [s.name, s]));
  return evaluation.forms.flatMap((form) => {
    const sheet = byName.get(form.sheet);
    return sheet ? [formPreview(sheet, form, evaluation)] : [];
  });
}

/** The DOM id of a preview cell, so a problem can scroll to it (sheet names may hold any character). */
export function previewCellId(sheet: string, cell: string): string {
  let h = 0;
  for (const ch of sheet) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return `cell-${h.toString(36)}-${cell}`;
}
