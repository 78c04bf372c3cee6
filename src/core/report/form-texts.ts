// The free texts of a form that no rule scores but a reviewer compares across forms: the unit that
// reports it (主管部门 / 实施单位 …) and the 年度总体目标 with its 实际完成情况 (src/core/batch reads them).
import { toA1 } from "../grid/address";
import type { Grid } from "../grid/grid";
import type { FormLayout } from "../locate/layout-types";
import { normLabel } from "../text/normalize";

export interface FormTexts {
  /** 实施单位 / 预算单位 / 项目单位 / 单位名称: who carried the project out; "" when the form has none. */
  unit: string;
  /** 主管部门 (及代码): the supervising department; "" when the form has none. */
  department: string;
  /** 年度总体目标: the expected goal and what was achieved, as written; null without such a block. */
  goals: { target: string; actual: string; cell: string } | null;
}

const UNIT_LABEL = /^(实施单位|预算单位|项目单位|单位名称|项目实施单位|预算单位名称)/;
const DEPARTMENT_LABEL = /^主管部门/;
/** Any label of the form head: a value stops at the next of them (a blank 主管部门 is not 实施单位). */
const HEAD_LABEL = /^(项目名称|主管部门|实施单位|预算单位|项目单位|单位名称|项目负责人|联系电话)/;
const GOALS_TITLE = /总体目标|绩效目标$|年度绩效目标|^年度目标$/;
const GOALS_ACTUAL = /实际完成|完成情况/;

/** The first filled cell right of a label (past its merge) up to `right`, unless it is a label. */
function valueRightOf(grid: Grid, r: number, c: number, right: number): string {
  for (let x = (grid.merge(r, c)?.right ?? c) + 1; x <= right; x++) {
    if (grid.isMergeChild(r, x)) continue;
    const t = grid.text(r, x);
    if (!t) continue;
    return HEAD_LABEL.test(normLabel(t)) ? "" : t;
  }
  return "";
}

/** The rows of the form above its first block: its head (项目名称, 主管部门, 实施单位 …). */
function headRows(layout: FormLayout): [number, number] {
  const first = Math.min(
    layout.funding?.headerRow ?? Infinity,
    layout.indicators?.headerRow ?? Infinity,
    layout.area.bottom + 1
  );
  return [layout.area.top, first - 1];
}

/** Rows between the funding block and the indicator header, where the 年度总体目标 block sits. */
function goalRows(layout: FormLayout): [number, number] {
  const f = layout.funding;
  const fundingEnd = f ? Math.max(f.lastHeaderRow, f.totalRow ?? -1, ...f.sourceRows) : -1;
  const start = Math.max(layout.area.top, fundingEnd + 1);
  const end = (layout.indicators?.headerRow ?? layout.area.bottom + 1) - 1;
  return [start, end];
}

/** The text of column `c` below `from` to `to` (a value cell may be split over rows), joined. */
function textBelow(grid: Grid, c: number, from: number, to: number): string {
  const parts: string[] = [];
  for (let r = from; r <= to; r++) {
    if (grid.isMergeChild(r, c)) continue;
    const t = grid.text(r, c);
    if (t) parts.push(t);
  }
  return parts.join("\n");
}

function readGoals(grid: Grid, layout: FormLayout): FormTexts["goals"] {
  const [start, end] = goalRows(layout);
  const { left, right } = layout.area;
  for (let r = start; r <= end; r++) {
    const title = grid
      .columnsOf(r)
      .find((c) => c >= left && c <= right && GOALS_TITLE.test(normLabel(grid.text(r, c))));
    if (title === undefined || grid.isMergeChild(r, title)) continue;
    // Sub-labels (预期目标 | 实际完成情况) on the title's row, their texts below them.
    const subs = grid
      .columnsOf(r)
      .filter((c) => c > title && c <= right && !grid.isMergeChild(r, c) && grid.text(r, c));
    if (subs.length > 0) {
      const last = Math.min(end, grid.merge(r, title)?.bottom ?? r + 1);
      let target = "";
      let actual = "";
      let cell = toA1(r, title);
      for (const c of subs) {
        const text = textBelow(grid, c, r + 1, Math.max(last, r + 1));
        if (GOALS_ACTUAL.test(normLabel(grid.text(r, c)))) actual ||= text;
        else if (!target) {
          target = text;
          cell = toA1(r + 1, c);
        }
      }
      return { target, actual, cell };
    }
    // A title with its text beside it on the same row.
    return { target: valueRightOf(grid, r, title, right), actual: "", cell: toA1(r, title) };
  }
  return null;
}

export function formTexts(grid: Grid, layout: FormLayout): FormTexts {
  const [top, bottom] = headRows(layout);
  const { left, right } = layout.area;
  let unit = "";
  let department = "";
  for (let r = top; r <= bottom; r++) {
    for (const c of grid.columnsOf(r)) {
      if (c < left || c > right || grid.isMergeChild(r, c)) continue;
      const label = normLabel(grid.text(r, c));
      if (!unit && UNIT_LABEL.test(label)) unit = valueRightOf(grid, r, c, right);
      else if (!department && DEPARTMENT_LABEL.test(label)) {
        department = valueRightOf(grid, r, c, right);
      }
    }
  }
  return { unit, department, goals: readGoals(grid, layout) };
}
