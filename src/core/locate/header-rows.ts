// Locator step: the funding and indicator header rows, one segment per form side by side, repeats dropped.
import type { Grid } from "../grid/grid";
import { fundingRole, isHeadLabel, SUBTOTAL_LABELS, TOTAL_LABELS } from "./labels";
import type { LabelCell, LabelIndex } from "./scan";

/** One header of one form: its row and the columns its form spans on that row. */
export interface Header {
  row: number;
  left: number;
  right: number;
}

export interface HeaderRows {
  funding: Header[];
  indicator: Header[];
}

export function overlaps(a: Header, b: Header): boolean {
  return a.left <= b.right && b.left <= a.right;
}

/**
 * First column of the run of filled cells ending at `c` (the 绩效指标 title left of 一级指标), not
 * before `floor`: where a form placed beside another one begins.
 */
function runStart(grid: Grid, r: number, c: number, floor: number): number {
  let left = c;
  while (left - 1 >= floor && grid.text(r, left - 1) !== "") left--;
  return left;
}

/** Splits a header row into one segment per occurrence of its key label (forms side by side). */
function segments(grid: Grid, cells: LabelCell[], isKey: (c: LabelCell) => boolean): Header[] {
  const keys = cells.filter(isKey).sort((a, b) => a.c - b.c);
  const lefts = keys.map((k, i) =>
    i === 0 ? grid.left : Math.max(keys[i - 1].c + 1, runStart(grid, k.r, k.c, keys[i - 1].c + 1))
  );
  return keys.map((k, i) => ({
    row: k.r,
    left: lefts[i],
    right: i + 1 < keys.length ? lefts[i + 1] - 1 : grid.right,
  }));
}

/** Every header row top to bottom: 一级指标 + 三级指标 is an indicator header, budget + executed a funding one. */
function allHeaders(grid: Grid, labels: LabelIndex): HeaderRows {
  const funding: Header[] = [];
  const indicator: Header[] = [];
  for (const [, cells] of [...labels.entries()].sort((a, b) => a[0] - b[0])) {
    const set = new Set(cells.map((c) => c.label));
    if (set.has("一级指标") && set.has("三级指标")) {
      indicator.push(...segments(grid, cells, (c) => c.label === "一级指标"));
      continue;
    }
    const roles = new Set(cells.map((c) => fundingRole(c.label)));
    if (roles.has("budget") && roles.has("executed")) {
      funding.push(...segments(grid, cells, (c) => fundingRole(c.label) === "budget"));
    }
  }
  return { funding, indicator };
}

/** True when a label `matches` in the header's columns strictly between two rows. */
function labelBetween(
  labels: LabelIndex,
  h: Header,
  from: number,
  to: number,
  matches: (label: string) => boolean
): boolean {
  for (let r = from + 1; r < to; r++) {
    for (const cell of labels.get(r) ?? []) {
      if (cell.c >= h.left && cell.c <= h.right && matches(cell.label)) return true;
    }
  }
  return false;
}

// A 合计 between two headers also ends a block: the header after it is a new form's, not a repeat.
const isTotalLabel = (label: string) =>
  TOTAL_LABELS.includes(label) || SUBTOTAL_LABELS.includes(label);

/**
 * Drops indicator headers repeated inside a block (a header printed again on each page): no funding
 * header, no total row and no form title or 项目名称 between it and the previous indicator header of
 * the same columns. After a title or 项目名称 the header starts a new form (one that lost its own
 * funding block), not a repeat.
 */
function dropRepeatedHeaders(labels: LabelIndex, headers: HeaderRows): Header[] {
  const kept: Header[] = [];
  for (const h of headers.indicator) {
    const prev = [...kept].reverse().find((k) => overlaps(k, h));
    const repeated =
      prev &&
      !headers.funding.some((f) => f.row > prev.row && f.row < h.row && overlaps(f, h)) &&
      !labelBetween(labels, h, prev.row, h.row, isTotalLabel) &&
      !labelBetween(labels, h, prev.row, h.row, isHeadLabel);
    if (!repeated) kept.push(h);
  }
  return kept;
}

/** The header rows of every form on the grid, indicator headers repeated inside a block left out. */
export function findHeaderRows(grid: Grid, labels: LabelIndex): HeaderRows {
  const found = allHeaders(grid, labels);
  return { funding: found.funding, indicator: dropRepeatedHeaders(labels, found) };
}
