// Locator step: which located forms are target forms (绩效目标申报表 / 绩效目标执行监控表), not 自评表,
// and where such a form keeps its title, project, annual amount and the indicator columns it sets.
import type { Area, RC } from "../grid/address";
import type { Grid } from "../grid/grid";
import { indicatorBlockRows } from "./block-end";
import { indicatorRole, PROJECT_LABELS } from "./labels";
import type { FormLayout, IndicatorColumns, IndicatorLayout } from "./layout-types";
import { cellRight, scanLabels, type LabelCell, type LabelIndex } from "./scan";

/** `declaration`: a 绩效目标申报表 (绩效目标表); `monitoring`: a 绩效目标执行监控表. */
export type TargetKind = "declaration" | "monitoring";

export interface AnnualAmountLayout {
  /** The `年度资金总额` label. */
  labelCell: RC;
  /** Where its amount stands (under 年初预算数 on a monitoring form); blank cells count too. */
  valueCell: RC;
  /** From `项目资金（万元）`, the label or its column header; 万元 when nothing says otherwise. */
  unit: "万元" | "元";
}

export interface TargetFormLayout {
  sheet: string;
  kind: TargetKind;
  /** The title as written (`项目支出绩效目标执行监控表`); "" when the form has none. */
  title: string;
  area: Area;
  /** Where a finding about the whole form points: its title, else 项目名称, else the indicator header. */
  anchor: RC;
  project: string;
  /** The 项目名称 label, when the form has one. */
  projectCell: RC | null;
  year: number | null;
  /** The annual amount (年度资金总额), never the multi-year 中期资金总额; null when the form has none. */
  annual: AnnualAmountLayout | null;
  /** The indicator columns of the annual targets (the 年度目标 half of a 中期 + 年度 form). */
  indicators: IndicatorLayout;
}

/** Titles of target forms; a title naming a 自评 form is never one. */
const TARGET_TITLE = /(申报表|目标表|监控表|监控情况表)$/;
const MONITORING = /监控/;
/** Labels only a monitoring form carries (`1-7月执行数`, `全年预计执行数`, `完成目标可能性`). */
const MONITORING_LABEL =
  /^(\d{1,2}-\d{1,2}月执行(数|率|情况)|全年预计(执行数|完成情况|完成值)|完成目标可能性)$/;
/** The annual funding row of either form; `中期资金总额` (the multi-year total) never matches. */
const ANNUAL_LABEL = /^(年度|本年度|当年)(财政)?(预算资金|资金|预算)(总额|总计|合计)$/;
/** The column a monitoring form keeps the annual amount in. */
const AMOUNT_HEADER = /^(年初预算数|年初预算|年度预算数|预算数|年度资金)$/;
const ANNUAL_SECTION = /^年度(绩效)?目标$/;
const MID_TERM_SECTION = /^中期(绩效)?目标$/;
const YEAR = /((?:19|20)\d{2})\s*年度?/;
/** How far above its indicator header a target form's head reaches (its funding rows sit there). */
const HEAD_ROWS = 40;

/** A form whose indicator block sets targets and nothing else: no 实际完成值, no 得分. */
function setsTargetsOnly(layout: FormLayout): boolean {
  const cols = layout.indicators?.cols;
  return !!cols && cols.actual === undefined && cols.score === undefined;
}

function inColumns(cell: LabelCell, area: { left: number; right: number }): boolean {
  return cell.c >= area.left && cell.c <= area.right;
}

/** The first filled cell right of a label (past its merge), within `right`. */
function valueRight(grid: Grid, r: number, c: number, right: number): RC | null {
  for (let x = cellRight(grid, r, c) + 1; x <= right; x++) {
    if (grid.isMergeChild(r, x)) continue;
    if (grid.text(r, x) !== "") return { r, c: x };
  }
  return null;
}

const unitIn = (raw: string): "万元" | "元" | null => {
  const m = /[(（]\s*(万元|元)\s*[)）]|单位[:：]?\s*(万元|元)/.exec(raw);
  return m ? ((m[1] ?? m[2]) as "万元" | "元") : null;
};

/** The annual amount's cells and unit, read from the form's head rows. */
function annualOf(
  grid: Grid,
  labels: LabelIndex,
  rows: number[],
  cols: { left: number; right: number }
): AnnualAmountLayout | null {
  for (const r of rows) {
    const label = (labels.get(r) ?? []).find(
      (x) => inColumns(x, cols) && ANNUAL_LABEL.test(x.label)
    );
    if (!label) continue;
    // A monitoring form heads its amount columns (年初预算数 | 1-7月执行数 …) on a row above.
    let header: LabelCell | undefined;
    // `rows` run bottom up: the nearest header above the label is tried first.
    for (const h of rows.filter((x) => x < r)) {
      header = (labels.get(h) ?? []).find((x) => x.c > label.c && AMOUNT_HEADER.test(x.label));
      if (header) break;
    }
    const valueCell = header
      ? grid.anchor(r, header.c)
      : (valueRight(grid, r, label.c, cols.right) ??
        grid.anchor(r, Math.min(cellRight(grid, r, label.c) + 1, cols.right)));
    const rowLabel = grid.anchor(r, cols.left);
    const unit =
      unitIn(label.raw) ??
      (header ? unitIn(header.raw) : null) ??
      unitIn(grid.text(rowLabel.r, rowLabel.c)) ??
      rows
        .map((x) => (labels.get(x) ?? []).map((y) => unitIn(y.raw)).find(Boolean))
        .find(Boolean) ??
      "万元";
    return { labelCell: { r, c: label.c }, valueCell, unit };
  }
  return null;
}

/**
 * The columns of the annual targets: on a form that sets 中期目标 and 年度目标 side by side (the
 * central template), those under 年度目标, the 一级指标 column shared; otherwise the block's own.
 */
function annualColumns(
  labels: LabelIndex,
  grid: Grid,
  headRows: number[],
  block: IndicatorLayout
): IndicatorLayout {
  let span: { left: number; right: number } | null = null;
  for (const r of headRows) {
    const row = labels.get(r) ?? [];
    const annual = row.find((x) => ANNUAL_SECTION.test(x.label));
    if (annual && row.some((x) => MID_TERM_SECTION.test(x.label))) {
      span = { left: annual.c, right: cellRight(grid, r, annual.c) };
      break;
    }
  }
  if (!span) return { ...block, rows: [] };
  const cols: Partial<IndicatorColumns> = {};
  for (const cell of labels.get(block.headerRow) ?? []) {
    if (!inColumns(cell, span)) continue;
    const role = indicatorRole(cell.label);
    if (role && cols[role] === undefined) cols[role] = cell.c;
  }
  if (cols.name === undefined) return { ...block, rows: [] };
  cols.level1 ??= block.cols.level1;
  return {
    headerRow: block.headerRow,
    left: span.left,
    right: span.right,
    cols: cols as IndicatorColumns,
    rows: [],
  };
}

/**
 * Reads one target form around a located layout; `floor` is the first row below the form above.
 * `named`: its title, a monitoring column or the 中期目标 | 年度目标 split says what it is.
 */
function readTargetLayout(
  grid: Grid,
  layout: FormLayout,
  floor: number,
  end: number
): { target: TargetFormLayout; named: boolean } {
  const block = layout.indicators!;
  const from = Math.max(floor, block.headerRow - HEAD_ROWS);
  const labels = scanLabels(grid, from, end - 1);
  const cols = { left: layout.area.left, right: layout.area.right };
  const headRows: number[] = [];
  for (let r = block.headerRow - 1; r >= from; r--) headRows.push(r);
  let title: LabelCell | null = null;
  let monitoringLabel = false;
  let project = "";
  let projectCell: RC | null = null;
  let year: number | null = null;
  let top = layout.area.top;
  for (const r of [block.headerRow, block.headerRow + 1, ...headRows]) {
    const head = r < block.headerRow;
    for (const cell of labels.get(r) ?? []) {
      if (!inColumns(cell, cols)) continue;
      if (MONITORING_LABEL.test(cell.label)) monitoringLabel = true;
      // The title, project and year sit above the header; a date in an indicator row is no year.
      if (!head) continue;
      if (!/自评/.test(cell.label) && TARGET_TITLE.test(cell.label)) {
        title = cell;
        top = Math.min(top, r);
      }
      if (PROJECT_LABELS.includes(cell.label) && !project) {
        const at = valueRight(grid, r, cell.c, cols.right);
        project = at ? grid.text(at.r, at.c) : "";
        projectCell = { r, c: cell.c };
        top = Math.min(top, r);
      }
      if (year === null && cell.raw.length <= 16 && YEAR.test(cell.raw)) {
        year = Number(YEAR.exec(cell.raw)![1]);
        top = Math.min(top, r);
      }
    }
  }
  const indicators = annualColumns(labels, grid, headRows, block);
  // annualColumns keeps the block's own columns unless the form splits 中期目标 | 年度目标.
  const split = indicators.cols !== block.cols;
  indicators.rows = indicatorBlockRows(grid, labels, indicators, end, false);
  const lastRow = indicators.rows.length ? indicators.rows[indicators.rows.length - 1] : 0;
  const target: TargetFormLayout = {
    sheet: grid.name,
    kind: monitoringLabel || (title && MONITORING.test(title.label)) ? "monitoring" : "declaration",
    title: title?.raw ?? "",
    area: {
      top,
      left: cols.left,
      bottom: Math.max(block.headerRow, lastRow, layout.area.bottom),
      right: cols.right,
    },
    anchor: title
      ? { r: title.r, c: title.c }
      : (projectCell ?? { r: block.headerRow, c: block.left }),
    project,
    projectCell,
    year,
    annual: annualOf(grid, labels, headRows, cols),
    indicators,
  };
  return { target, named: title !== null || monitoringLabel || split };
}

/**
 * Splits the forms located on a grid into 自评表 and target forms. A target form lists indicators
 * with their targets and nothing a self-evaluation needs (no 实际完成值, no 得分), and either has no
 * funding block of a 自评表 (全年预算数 + 全年执行数) or says what it is (its title, a monitoring
 * column, 中期目标 | 年度目标): a 自评表 whose 得分 and 实际完成值 headers were lost stays a 自评表.
 * Its title and head (项目名称, 年度资金总额) are read from up to 40 rows above its indicator header.
 */
export function splitTargetForms(
  grid: Grid,
  layouts: FormLayout[]
): { forms: FormLayout[]; targets: TargetFormLayout[] } {
  const forms: FormLayout[] = [];
  const targets: TargetFormLayout[] = [];
  const overlap = (a: Area, b: Area) => a.left <= b.right && b.left <= a.right;
  layouts.forEach((layout, i) => {
    if (!setsTargetsOnly(layout)) {
      forms.push(layout);
      return;
    }
    const above = layouts.slice(0, i).filter((l) => overlap(l.area, layout.area));
    const below = layouts.slice(i + 1).filter((l) => overlap(l.area, layout.area));
    const floor = Math.max(grid.top, ...above.map((l) => l.area.bottom + 1));
    const end = Math.min(grid.bottom + 1, ...below.map((l) => l.area.top));
    const read = readTargetLayout(grid, layout, floor, end);
    if (layout.funding === null || read.named) targets.push(read.target);
    else forms.push(layout);
  });
  return { forms, targets };
}
