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
  if (cols.level1 === undefined || cols.name === undefined) return null;
  // Without 得分 the block still needs values to check: a target or an actual column.
  if (cols.score === undefined && cols.target === undefined && cols.actual === undefined)
    return null;
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
      if (cell.c < segLeft || cell.c >= (ind.cols.score ?? ind.right + 1)) continue;
      if (TOTAL_LABELS.includes(cell.label)) return { row: r, labelCell: { r, c: cell.c } };
      if (SUBTOTAL_LABELS.includes(cell.label)) weak = { row: r, labelCell: { r, c: cell.c } };
    }
  }
  return weak;
}

function isNumberLike(grid: Grid, r: number, c: number): boolean {
  const v = grid.value(r, c);
  return typeof v === "number" || (typeof v === "string" && /^\s*\d+(\.\d+)?\s*分?\s*$/.test(v));
}

const GRADE_WORDS = ["优", "良", "中", "差"];

function isGradeWord(text: string): boolean {
  return GRADE_WORDS.includes(normalizeGrade(text));
}

/** The cells of `row` from `from` to `to`, one per merge (its anchor), left to right. */
function anchorsOf(grid: Grid, row: number, from: number, to: number): RC[] {
  const out: RC[] = [];
  for (let c = from; c <= to; c++) if (!grid.isMergeChild(row, c)) out.push({ r: row, c });
  return out;
}

/**
 * The value cell of a 自评等级 / 评价等级 label: the first filled cell right of it; when all are blank,
 * the cell after the label's merge (known merges), else the cell in the 得分 column on a row of its
 * own (the label's merge is unknown: the cell next to it may lie inside it).
 */
function gradeLabelValue(
  grid: Grid,
  r: number,
  labelC: number,
  right: number,
  scoreC: number,
  totalRow: number
): RC | null {
  const after = cellRight(grid, r, labelC) + 1;
  for (const at of anchorsOf(grid, r, after, right)) {
    if (grid.text(at.r, at.c) !== "") return at;
  }
  if (after > right) return null;
  if (grid.mergesKnown) return grid.anchor(r, after);
  return r !== totalRow && scoreC >= after ? grid.anchor(r, scoreC) : null;
}

/**
 * Where the 总分 row holds its score (docs/rules.md §2, "The total row"): the 得分 column when it holds
 * a number or a non-grade text, else the last number right of the label (the weight column and a
 * lone 100 beside an empty 得分 cell are the weight total's), else an empty 得分 cell, else the first
 * empty cell after the label. Never a grade word, never a cell at or after a grade label.
 */
function findScoreCell(
  grid: Grid,
  labels: LabelIndex,
  ind: IndicatorLayout,
  scoreCol: number,
  row: number,
  labelRight: number
): RC {
  const under = grid.anchor(row, scoreCol);
  const gradeLabelAt = (labels.get(row) ?? []).find(
    (x) => x.c > labelRight && x.c <= ind.right && GRADE_LABELS.includes(x.label)
  )?.c;
  const end = (gradeLabelAt ?? ind.right + 1) - 1;
  const cands = anchorsOf(grid, row, labelRight + 1, end).filter(
    (at) => !isGradeWord(grid.text(at.r, at.c))
  );
  const usable = under.c > labelRight && under.c <= end;
  const underText = usable ? grid.text(under.r, under.c) : "";
  if (usable && underText !== "" && !isGradeWord(underText)) return under;
  const weightAt = ind.cols.weight !== undefined ? grid.anchor(row, ind.cols.weight) : null;
  const isWeightCol = (at: RC) => weightAt !== null && at.c === weightAt.c && at.c !== under.c;
  const nums = cands.filter((at) => isNumberLike(grid, at.r, at.c));
  const scored = nums.filter((at) => !isWeightCol(at));
  const loneHundred =
    scored.length === 1 && nums.length === 1 && Number(grid.text(scored[0].r, scored[0].c)) === 100;
  if (scored.length && !(loneHundred && usable && underText === ""))
    return scored[scored.length - 1];
  if (usable && underText === "") return under;
  const blank = cands.find((at) => grid.text(at.r, at.c) === "" && !isWeightCol(at));
  return blank ?? under;
}

export function readTotalLayout(
  grid: Grid,
  labels: LabelIndex,
  ind: IndicatorLayout,
  found: { row: number; labelCell: RC },
  profile: Profile
): TotalLayout | null {
  // A block without 得分 has no total to read (a 合计 row there is not a score).
  if (ind.cols.score === undefined) return null;
  const row = found.row;
  const labelRight = cellRight(grid, row, found.labelCell.c);
  const scoreCell = findScoreCell(grid, labels, ind, ind.cols.score, row, labelRight);
  const weightAnchor = ind.cols.weight !== undefined ? grid.anchor(row, ind.cols.weight) : null;
  const gradeCell = findGradeCell();
  const weightCell =
    weightAnchor &&
    weightAnchor.c !== scoreCell.c &&
    !(gradeCell && gradeCell.r === row && gradeCell.c === weightAnchor.c)
      ? weightAnchor
      : null;
  return { row, labelCell: found.labelCell, scoreCell, weightCell, gradeCell };

  function findGradeCell(): RC | null {
    for (let r = row; r <= Math.min(row + 2, grid.bottom); r++) {
      for (const cell of labels.get(r) ?? []) {
        if (cell.c < ind.left - 1 || cell.c > ind.right) continue;
        if (GRADE_LABELS.includes(cell.label)) {
          return gradeLabelValue(
            grid,
            r,
            cell.c,
            Math.max(ind.right, cell.c + 1),
            scoreCell.c,
            row
          );
        }
      }
    }
    const after = cellRight(grid, row, scoreCell.c) + 1;
    // A grade word anywhere right of the score (merged over 分值…偏差原因, or past blank cells).
    for (const at of anchorsOf(grid, row, after, ind.right)) {
      if (isGradeWord(grid.text(at.r, at.c))) return at;
    }
    if (after > Math.max(ind.right, grid.right)) return null;
    const text = grid.text(row, after);
    // Only a grade word or an empty cell is a grade cell: a note after the score (已复核) is not.
    if (profile.gradeAfterTotal && after <= ind.right && isEmptyValue(text))
      return grid.anchor(row, after);
    return null;
  }
}
