// Step 5 of the locator: the rows of an indicator block, and where a block that lost its total row ends.
import type { Grid } from "../grid/grid";
import { isTitleLabel, PROJECT_LABELS } from "./labels";
import type { IndicatorLayout } from "./layout-types";
import type { LabelIndex } from "./scan";

/** A cell holding only the form's year, `(2022年度)`: the head of the next form. */
const YEAR_ONLY = /^[(（]?\s*(?:19|20)\d{2}\s*年度\s*[)）]?$/;

/** Labels of what follows a form's total row: the 项目绩效分析 section, conclusions, signatures. */
const AFTER_FORM =
  /绩效分析|结果分析|经验做法|存在问题|改进措施|管理建议|评价结论|负责人|填表人|联系电话/;

/** Blank rows after which a block without a total row is taken to have ended. */
const MAX_BLANK_RUN = 10;

/**
 * A row that ends a block which lost its total row: the next form's title, 项目名称, a cell holding
 * only `(2022年度)` or the department labels, or the analysis section left of the indicator names.
 * Dates such as `2022年12月` in an indicator row do not count.
 */
function endsBlock(labels: LabelIndex, r: number, ind: IndicatorLayout): boolean {
  return (labels.get(r) ?? []).some(
    (x) =>
      x.c <= ind.right &&
      (PROJECT_LABELS.includes(x.label) ||
        isTitleLabel(x.label) ||
        YEAR_ONLY.test(x.raw) ||
        /^(主管部门|预算单位|实施单位|项目单位)/.test(x.label) ||
        (x.c <= ind.cols.name && AFTER_FORM.test(x.label)))
  );
}

/**
 * The rows of the indicator block, from below its header to `end` (its total row, else the next
 * header). Without a total row (a cut-off form) the block also ends at the next form's head, at a row
 * merged across the block, or after a run of blank rows, so a huge sheet below it is not read as
 * indicators; trailing blank rows are dropped.
 */
export function indicatorBlockRows(
  grid: Grid,
  labels: LabelIndex,
  ind: IndicatorLayout,
  end: number,
  hasTotal: boolean
): number[] {
  const rows: number[] = [];
  const cols = [ind.cols.name, ind.cols.score, ind.cols.weight, ind.cols.target, ind.cols.actual];
  const blankRow = (r: number) => cols.every((c) => c === undefined || grid.text(r, c) === "");
  let blankRun = 0;
  for (let r = ind.headerRow + 1; r < end; r++) {
    if (!hasTotal) {
      if (endsBlock(labels, r, ind)) break;
      // A row merged across the block (from left of 一级指标 over a value column) is a title or a
      // section, whatever it holds: the next form's title turned into `#DIV/0!` still ends the block.
      const across = cols.some(
        (c) => c !== undefined && (grid.merge(r, c)?.left ?? c) < ind.cols.level1
      );
      if (across) break;
      blankRun = blankRow(r) ? blankRun + 1 : 0;
      if (blankRun > MAX_BLANK_RUN) break;
    }
    rows.push(r);
  }
  while (!hasTotal && rows.length && blankRow(rows[rows.length - 1])) rows.pop();
  return rows;
}
