// Cell-level reads and writes of the emulator, with Excel's input parsing (numbers, percents, `'` text, `=` formulas).
import { boundingRect, cellAddress, contains, parseRect, type Rect } from "./a1";
import type { EmuCell, EmuSheet, EmuValue } from "./model";

export function getCell(sheet: EmuSheet, row: number, col: number): EmuCell | undefined {
  return sheet.cells[cellAddress(row, col)];
}

/** Office.js returns "" for the hidden cells of a merged area; the model keeps them absent anyway. */
export function readValue(sheet: EmuSheet, row: number, col: number): EmuValue {
  return getCell(sheet, row, col)?.value ?? "";
}

export function readFormula(sheet: EmuSheet, row: number, col: number): EmuValue {
  const c = getCell(sheet, row, col);
  if (!c) return "";
  return c.formula ?? c.value;
}

export function readNumberFormat(sheet: EmuSheet, row: number, col: number): string {
  return getCell(sheet, row, col)?.numberFormat ?? "General";
}

function ensure(sheet: EmuSheet, row: number, col: number): EmuCell {
  const key = cellAddress(row, col);
  sheet.cells[key] ??= { value: "" };
  return sheet.cells[key];
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const PERCENT = /^[+-]?(\d+(\.\d*)?|\.\d+)%$/;

/** Writes one input the way typing it into Excel would (strings are parsed unless the cell is Text `@`). */
export function writeInput(sheet: EmuSheet, row: number, col: number, input: unknown): void {
  if (input === null || input === undefined) return; // null = leave the cell unchanged (Office.js)
  const cell = ensure(sheet, row, col);
  delete cell.formula;
  if (typeof input === "number" || typeof input === "boolean") {
    cell.value = input;
    return;
  }
  const s = String(input);
  if (cell.numberFormat === "@") {
    cell.value = s;
    return;
  }
  if (s.startsWith("'")) {
    cell.value = s.slice(1);
    return;
  }
  if (s.startsWith("=") && s.length > 1) {
    cell.formula = s; // the cached value stays: the emulator does not calculate
    return;
  }
  const t = s.trim();
  if (NUMBER.test(t)) {
    cell.value = Number(t);
    return;
  }
  if (PERCENT.test(t)) {
    cell.value = Number(t.slice(0, -1)) / 100;
    if (!cell.numberFormat || cell.numberFormat === "General") {
      const decimals = (t.split(".")[1] ?? "").replace("%", "").length;
      cell.numberFormat = decimals ? `0.${"0".repeat(decimals)}%` : "0%";
    }
    return;
  }
  if (/^(true|false)$/i.test(t)) {
    cell.value = t.toUpperCase() === "TRUE";
    return;
  }
  cell.value = s;
}

export function writeNumberFormat(sheet: EmuSheet, row: number, col: number, nf: unknown): void {
  if (nf === null || nf === undefined) return;
  ensure(sheet, row, col).numberFormat = String(nf);
}

/** A rough `Range.text`: enough for display checks, never used for numbers. */
export function displayText(value: EmuValue, nf: string): string {
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  const pct = /^0(\.(0+))?%$/.exec(nf);
  if (pct) return `${(value * 100).toFixed(pct[2]?.length ?? 0)}%`;
  const fixed = /^0(\.(0+))?$/.exec(nf);
  if (fixed) return value.toFixed(fixed[2]?.length ?? 0);
  return String(value);
}

/** The smallest rect holding every cell with a value (valuesOnly) or with anything (values, format, fill). */
export function usedRect(sheet: EmuSheet, valuesOnly: boolean): Rect | null {
  let r: Rect | null = null;
  for (const [addr, cell] of Object.entries(sheet.cells)) {
    const hasValue = (cell.value !== "" && cell.value !== null) || !!cell.formula;
    const hasFormat = !!cell.fill || (!!cell.numberFormat && cell.numberFormat !== "General");
    if (!(hasValue || (!valuesOnly && hasFormat))) continue;
    const p = parseRect(addr);
    r = r ? boundingRect(r, p) : p;
  }
  if (!valuesOnly) {
    for (const m of sheet.merges) {
      const p = parseRect(m);
      r = r ? boundingRect(r, p) : p;
    }
  }
  return r;
}

/** Merged areas whose top-left cell lies inside `rect` (Office.js returns only those). */
export function mergesIn(sheet: EmuSheet, rect: Rect): Rect[] {
  return sheet.merges.map((m) => parseRect(m)).filter((m) => contains(rect, m.r0, m.c0));
}

export function forEachCell(rect: Rect, fn: (row: number, col: number) => void): void {
  for (let r = rect.r0; r <= rect.r1; r++) for (let c = rect.c0; c <= rect.c1; c++) fn(r, c);
}

export function grid<V>(rect: Rect, fn: (row: number, col: number) => V): V[][] {
  const out: V[][] = [];
  for (let r = rect.r0; r <= rect.r1; r++) {
    const line: V[] = [];
    for (let c = rect.c0; c <= rect.c1; c++) line.push(fn(r, c));
    out.push(line);
  }
  return out;
}
