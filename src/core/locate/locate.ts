// The form locator: finds every 自评表 on a grid by its labels, wherever and however often it sits.
import type { Grid } from "../grid/grid";
import { detectProfile } from "../profiles";
import { readFundingLayout } from "./funding-layout";
import { findTotalRow, readIndicatorHeader, readTotalLayout } from "./indicator-layout";
import { fundingRole, PROJECT_LABELS, SUBTOTAL_LABELS, TITLE_LABELS, TOTAL_LABELS } from "./labels";
import type { FormLayout, FundingLayout, IndicatorLayout } from "./layout-types";
import { scanLabels, type LabelCell, type LabelIndex } from "./scan";

interface Header {
  row: number;
  left: number;
  right: number;
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

/**
 * First column of the run of filled cells ending at `c` (the 绩效指标 title left of 一级指标), not
 * before `floor`: where a form placed beside another one begins.
 */
function runStart(grid: Grid, r: number, c: number, floor: number): number {
  let left = c;
  while (left - 1 >= floor && grid.text(r, left - 1) !== "") left--;
  return left;
}

function overlaps(a: Header, b: Header): boolean {
  return a.left <= b.right && b.left <= a.right;
}

function findHeaders(grid: Grid, labels: LabelIndex): { funding: Header[]; indicator: Header[] } {
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

const YEAR = /((?:19|20)\d{2})\s*年度?/;

function describeTop(grid: Grid, labels: LabelIndex, header: Header, floor: number) {
  let top = header.row;
  let project = "";
  let year: number | null = null;
  let anchor = { r: header.row, c: header.left };
  for (let r = header.row - 1; r >= Math.max(floor, header.row - 12); r--) {
    const cells = (labels.get(r) ?? []).filter((x) => x.c >= header.left && x.c <= header.right);
    let belongs = false;
    for (const cell of cells) {
      if (PROJECT_LABELS.includes(cell.label)) {
        belongs = true;
        for (let c = (grid.merge(r, cell.c)?.right ?? cell.c) + 1; c <= header.right; c++) {
          const t = grid.text(r, c);
          if (t) {
            project = t;
            break;
          }
        }
        anchor = { r, c: cell.c };
      }
      const isTitle =
        TITLE_LABELS.some((t) => cell.label.includes(t)) || /自评表$/.test(cell.label);
      // Only short cells count: the analysis text of the form above also mentions years and units.
      const short = cell.label.length <= 16;
      if (
        isTitle ||
        (short && (YEAR.test(cell.raw) || /主管部门|预算单位|实施单位|项目单位/.test(cell.label)))
      ) {
        belongs = true;
      }
      if (year === null && YEAR.test(cell.raw) && (isTitle || cell.raw.length <= 16)) {
        year = Number(YEAR.exec(cell.raw)![1]);
      }
      if (isTitle && !project) anchor = { r, c: cell.c };
    }
    if (belongs) top = r;
  }
  return { top, project, year, anchor };
}

function isTitleLabel(label: string): boolean {
  return TITLE_LABELS.some((t) => label.includes(t)) || /自评表$/.test(label);
}

/** A row holding a form's title or its 项目名称 label. */
const YEAR_ONLY = /^[(（]?\s*(?:19|20)\d{2}\s*年度\s*[)）]?$/;

/** Labels of what follows a form's total row: the 项目绩效分析 section, conclusions, signatures. */
const AFTER_FORM =
  /绩效分析|结果分析|经验做法|存在问题|改进措施|管理建议|评价结论|负责人|填表人|联系电话/;

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

/** Blank rows after which a block without a total row is taken to have ended. */
const MAX_BLANK_RUN = 10;

/**
 * The rows of the indicator block. Without a total row (a cut-off form) the block ends after a run of
 * blank rows, so a huge sheet below it is not read as indicators.
 */
function indicatorRows(
  grid: Grid,
  labels: LabelIndex,
  ind: IndicatorLayout,
  end: number,
  hasTotal: boolean
): number[] {
  const rows: number[] = [];
  const cols = [ind.cols.name, ind.cols.score, ind.cols.weight, ind.cols.target, ind.cols.actual];
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
      const blank = cols.every((c) => c === undefined || grid.text(r, c) === "");
      blankRun = blank ? blankRun + 1 : 0;
      if (blankRun > MAX_BLANK_RUN) break;
    }
    rows.push(r);
  }
  while (
    !hasTotal &&
    rows.length &&
    cols.every((c) => c === undefined || grid.text(rows[rows.length - 1], c) === "")
  ) {
    rows.pop();
  }
  return rows;
}

/** True when a total-row label sits in the header's columns between two rows. */
function totalBetween(labels: LabelIndex, h: Header, from: number, to: number): boolean {
  for (let r = from + 1; r < to; r++) {
    for (const cell of labels.get(r) ?? []) {
      const total = TOTAL_LABELS.includes(cell.label) || SUBTOTAL_LABELS.includes(cell.label);
      if (cell.c >= h.left && cell.c <= h.right && total) return true;
    }
  }
  return false;
}

/** True when a form's title or 项目名称 sits in the header's columns between two rows. */
function headBetween(labels: LabelIndex, h: Header, from: number, to: number): boolean {
  for (let r = from + 1; r < to; r++) {
    for (const cell of labels.get(r) ?? []) {
      const own = cell.c >= h.left && cell.c <= h.right;
      if (own && (PROJECT_LABELS.includes(cell.label) || isTitleLabel(cell.label))) return true;
    }
  }
  return false;
}

/**
 * Drops indicator headers repeated inside a block (a header printed again on each page): no funding
 * header and no total row between it and the previous indicator header of the same columns.
 */
function dropRepeatedHeaders(
  labels: LabelIndex,
  headers: { funding: Header[]; indicator: Header[] }
): Header[] {
  const kept: Header[] = [];
  for (const h of headers.indicator) {
    const prev = [...kept].reverse().find((k) => overlaps(k, h));
    const repeated =
      prev &&
      !headers.funding.some((f) => f.row > prev.row && f.row < h.row && overlaps(f, h)) &&
      !totalBetween(labels, h, prev.row, h.row) &&
      !headBetween(labels, h, prev.row, h.row);
    if (!repeated) kept.push(h);
  }
  return kept;
}

export function locateForms(grid: Grid): FormLayout[] {
  const labels = scanLabels(grid);
  const found = findHeaders(grid, labels);
  const headers = { funding: found.funding, indicator: dropRepeatedHeaders(labels, found) };
  const forms: FormLayout[] = [];
  const usedFunding = new Set<Header>();
  const nextHeaderAfter = (row: number, h: Header) =>
    Math.min(
      grid.bottom + 1,
      ...[...headers.funding, ...headers.indicator]
        .filter((x) => x.row > row && overlaps(x, h))
        .map((x) => x.row)
    );
  const pairs: { f: Header | null; i: Header | null }[] = [];
  for (const i of headers.indicator) {
    const candidates = headers.funding.filter(
      (f) =>
        f.row < i.row &&
        overlaps(f, i) &&
        !usedFunding.has(f) &&
        !headers.indicator.some((o) => o !== i && o.row > f.row && o.row < i.row && overlaps(o, f))
    );
    const f = candidates.length ? candidates[candidates.length - 1] : null;
    if (f) usedFunding.add(f);
    pairs.push({ f, i });
  }
  for (const f of headers.funding) if (!usedFunding.has(f)) pairs.push({ f, i: null });
  pairs.sort((a, b) => (a.f ?? a.i)!.row - (b.f ?? b.i)!.row);

  // Forms placed before, to keep a form's head search from reaching into the one above it.
  const placed: Header[] = [];
  for (const { f, i } of pairs) {
    const first = (f ?? i)!;
    // The indicator header's span is contiguous; the funding header's label column may be blank.
    const span = i ?? f!;
    const seg: Header = { row: first.row, left: span.left, right: span.right };
    const floor = Math.max(
      grid.top,
      ...placed.filter((p) => overlaps(p, seg)).map((p) => p.row + 1)
    );
    const head = describeTop(grid, labels, seg, floor);
    let funding: FundingLayout | null = null;
    if (f) {
      const limit = i ? i.row : nextHeaderAfter(f.row, f);
      funding = readFundingLayout(grid, labels, f.row, seg.left, seg.right, limit);
    }
    let indicators: IndicatorLayout | null = null;
    let totalFound: ReturnType<typeof findTotalRow> = null;
    if (i) {
      indicators = readIndicatorHeader(grid, labels, i.row, seg.left, seg.right);
      if (indicators) {
        const limit = nextHeaderAfter(i.row, i);
        totalFound = findTotalRow(labels, indicators, seg.left, limit);
        indicators.rows = indicatorRows(
          grid,
          labels,
          indicators,
          totalFound ? totalFound.row : limit,
          !!totalFound
        );
      }
    }
    const profile = detectProfile({
      hasBalanceColumn: funding?.cols.balance != null,
      hasInitialSplit: (funding?.cols.initial.length ?? 0) > 1,
      hasAdjustedTarget: indicators?.cols.targetAdjusted !== undefined,
      hasReasonColumn: funding?.cols.reason != null,
      hasNatureOrUnitColumn:
        indicators?.cols.comparator !== undefined || indicators?.cols.unit !== undefined,
    });
    const total =
      indicators && totalFound
        ? readTotalLayout(grid, labels, indicators, totalFound, profile)
        : null;
    const left = Math.min(
      funding?.labelLeft ?? Infinity,
      indicators?.left ?? Infinity,
      head.anchor.c
    );
    const lastRow =
      (total ? Math.max(total.row, total.gradeCell?.r ?? total.row) : null) ??
      (indicators?.rows.length ? indicators.rows[indicators.rows.length - 1] : null) ??
      (funding
        ? Math.max(funding.lastHeaderRow, ...funding.sourceRows, funding.totalRow ?? 0)
        : first.row);
    const widest = Math.max(
      funding?.right ?? -Infinity,
      indicators?.right ?? -Infinity,
      total?.gradeCell?.c ?? -Infinity
    );
    // A header whose blocks could not be read still spans its own labels.
    const right = Number.isFinite(widest) ? widest : Math.min(seg.right, grid.right);
    forms.push({
      sheet: grid.name,
      area: {
        top: head.top,
        left: Number.isFinite(left) ? left : seg.left,
        bottom: lastRow,
        right,
      },
      profile,
      project: head.project,
      year: head.year,
      funding,
      indicators,
      total,
      anchor: head.anchor,
    });
    placed.push({ row: lastRow, left: seg.left, right: seg.right });
  }
  return forms;
}
