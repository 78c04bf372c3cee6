// Grid: one sheet's values, formulas, formats and merged areas, addressed by absolute 0-based row/column.
import type { CellValue, SheetData } from "../types";
import { type Area, parseArea } from "./address";
import { cellNumberText } from "./cell-number";

const KEY_STRIDE = 20000;

export class Grid {
  readonly name: string;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  /** False when the adapter could not read merged areas: blank labels then continue the one above. */
  readonly mergesKnown: boolean;
  private readonly data: SheetData;
  private readonly merges = new Map<number, Area>();

  constructor(data: SheetData) {
    this.data = data;
    this.name = data.name;
    this.top = data.top;
    this.left = data.left;
    const width = data.values.reduce((w, row) => Math.max(w, row.length), 0);
    this.bottom = data.top + data.values.length - 1;
    this.right = data.left + width - 1;
    this.mergesKnown = data.merges !== undefined;
    for (const m of data.merges ?? []) {
      let area: Area;
      try {
        area = parseArea(m);
      } catch {
        continue;
      }
      for (let r = area.top; r <= area.bottom; r++) {
        for (let c = area.left; c <= area.right; c++) this.merges.set(r * KEY_STRIDE + c, area);
      }
    }
  }

  get isEmpty(): boolean {
    return this.bottom < this.top || this.right < this.left;
  }

  /** The cell's own value, ignoring merges. */
  raw(r: number, c: number): CellValue {
    const row = this.data.values[r - this.top];
    if (!row) return null;
    const v = row[c - this.left];
    return v === undefined ? null : v;
  }

  /**
   * The columns of row `r` that hold a cell, ascending. Readers of files give sparse rows (a stray
   * cell at XFD1048576 is one entry, not 16 384), so a wide row is walked by its entries.
   */
  columnsOf(r: number): number[] {
    const row = this.data.values[r - this.top];
    if (!row) return [];
    const cols: number[] = [];
    if (row.length <= 1024) {
      for (let j = 0; j < row.length; j++) if (row[j] !== undefined) cols.push(this.left + j);
    } else {
      for (const j in row) cols.push(this.left + Number(j));
    }
    return cols;
  }

  /** The merged area holding the cell, if any. */
  merge(r: number, c: number): Area | undefined {
    return this.merges.get(r * KEY_STRIDE + c);
  }

  /** True for a cell inside a merge that is not its top-left cell. */
  isMergeChild(r: number, c: number): boolean {
    const m = this.merge(r, c);
    return m !== undefined && (m.top !== r || m.left !== c);
  }

  /** The value as Excel shows it: a merged area's value belongs to every cell of the area. */
  value(r: number, c: number): CellValue {
    const m = this.merge(r, c);
    return m ? this.raw(m.top, m.left) : this.raw(r, c);
  }

  /** The value as a trimmed string ('' for blank). */
  text(r: number, c: number): string {
    const v = this.value(r, c);
    if (v === null || v === undefined) return "";
    // A number as the sheet shows it: 0.30000000000000004 reads `0.3` in a label or a target.
    if (typeof v === "number") return cellNumberText(v);
    return String(v).trim();
  }

  formula(r: number, c: number): string | null {
    const m = this.merge(r, c);
    return m ? this.ownFormula(m.top, m.left) : this.ownFormula(r, c);
  }

  numberFormat(r: number, c: number): string | null {
    const m = this.merge(r, c);
    return m ? this.ownFormat(m.top, m.left) : this.ownFormat(r, c);
  }

  /** The cell's own formula, ignoring merges (for a cell already resolved to its anchor). */
  ownFormula(r: number, c: number): string | null {
    const f = this.data.formulas?.[r - this.top]?.[c - this.left];
    return typeof f === "string" && f.startsWith("=") ? f : null;
  }

  /** The cell's own number format, ignoring merges. */
  ownFormat(r: number, c: number): string | null {
    return this.data.numberFormats?.[r - this.top]?.[c - this.left] ?? null;
  }

  /** The cell a write to (r, c) lands on: the top-left of its merge. */
  anchor(r: number, c: number): { r: number; c: number } {
    const m = this.merge(r, c);
    return m ? { r: m.top, c: m.left } : { r, c };
  }
}
