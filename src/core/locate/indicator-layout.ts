// Reads the indicator block (绩效指标) header and the total row (总分) with its grade cell.
import type { RC } from "../grid/address";
import type { Grid } from "../grid/grid";
import type { Profile } from "../profiles";
import { normalizeGrade } from "../profiles";
import { GRADE_LABELS, indicatorRole, SUBTOTAL_LABELS, TOTAL_LABELS } from "./labels";
import type { IndicatorColumns, IndicatorLayout, TotalLayout } from "./layout-types";
import { isEmptyValue } from "../text/normalize";
import { cellRight, type LabelIndex } from "./scan";

export function readIndicatorHeader(
  grid: Grid,
  labels: LabelIndex,
  headerRow: number,
  segLeft: number,
  segRight: number
): IndicatorLayout | null {
  const cols: Partial<IndicatorColumns> = {};
  let left = Infinity;
  let right = -Infinity;
  for (const cell of labels.get(headerRow) ?? []) {
    if (cell.c < segLeft || cell.c > segRight) continue;
    left = Math.min(left, cell.c);
    right = Math.max(right, cellRight(grid, cell.r, cell.c));
    const role = indicatorRole(cell.label);
    if (role && cols[role] === undefined) cols[role] = cell.c;
  }
  if (cols.level1 === undefined || cols.name === undefined || cols.score === undefined) return null;
  return { headerRow, left, right, cols: cols as IndicatorColumns, rows: [] };
}

/**
 * The total row below the indicator header and before `limit`: the first row labelled 总分 (or
 * another label only a total carries); without one, the last 合计/总计 row. A 合计 row above a 总分
 * row is a subtotal inside the block, never the total.
 */
export function findTotalRow(
  labels: LabelIndex,
  ind: IndicatorLayout,
  segLeft: number,
  limit: number
): { row: number; labelCell: RC } | null {
  let weak: { row: number; labelCell: RC } | null = null;
  for (let r = ind.headerRow + 1; r < limit; r++) {
    for (const cell of labels.get(r) ?? []) {
      if (cell.c < segLeft || cell.c >= ind.cols.score) continue;
      if (TOTAL_LABELS.includes(cell.label)) return { row: r, labelCell: { r, c: cell.c } };
      if (SUBTOTAL_LABELS.includes(cell.label)) weak = { row: r, labelCell: { r, c: cell.c } };
    }
  }
  return weak;
}

function isNumberLike(grid: Grid, r: number, c: number): boolean {
  const v = grid.value(r, c);
  return typeof v === "number" || (typeof v === "string" && /^\s*\d+(\.\d+)?\s*$/.test(v));
}

export function readTotalLayout(
  grid: Grid,
  labels: LabelIndex,
  ind: IndicatorLayout,
  found: { row: number; labelCell: RC },
  profile: Profile
): TotalLayout {
  const row = found.row;
  let scoreCell: RC = grid.anchor(row, ind.cols.score);
  const labelRight = cellRight(grid, row, found.labelCell.c);
  if (grid.text(row, ind.cols.score) === "" || scoreCell.c <= labelRight) {
    // Some templates merge the label over the 得分 column or shift the score: take the last number.
    for (let c = ind.right; c > labelRight; c--) {
      if (c === ind.cols.weight || grid.isMergeChild(row, c)) continue;
      if (isNumberLike(grid, row, c)) {
        scoreCell = { r: row, c };
        break;
      }
    }
  }
  const weightCell =
    ind.cols.weight !== undefined && ind.cols.weight !== scoreCell.c
      ? grid.anchor(row, ind.cols.weight)
      : null;
  return { row, labelCell: found.labelCell, scoreCell, weightCell, gradeCell: findGradeCell() };

  function findGradeCell(): RC | null {
    for (let r = row; r <= Math.min(row + 2, grid.bottom); r++) {
      for (const cell of labels.get(r) ?? []) {
        if (cell.c < ind.left - 1 || cell.c > ind.right) continue;
        if (GRADE_LABELS.includes(cell.label)) {
          const c = cellRight(grid, r, cell.c) + 1;
          return grid.anchor(r, c);
        }
      }
    }
    const after = cellRight(grid, row, scoreCell.c) + 1;
    if (after > Math.max(ind.right, grid.right)) return null;
    const text = grid.text(row, after);
    const gradeLike = ["优", "良", "中", "差"].includes(normalizeGrade(text));
    // Only a grade word or an empty cell is a grade cell: a note after the score (已复核) is not.
    if (gradeLike || (profile.gradeAfterTotal && after <= ind.right && isEmptyValue(text)))
      return grid.anchor(row, after);
    return null;
  }
}
