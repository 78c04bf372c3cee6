// Reads the indicator rows: levels (with merge fallbacks), names, values, weights, scores, deviation text.
import type { Grid } from "../grid/grid";
import type { IndicatorLayout } from "../locate/layout-types";
import { isEmptyText, isEmptyValue, labelWeight, normLabel, squash } from "../text/normalize";
import { displayValue, parseValue, type Parsed } from "../values/parse";
import { type NumCell, readNum } from "./num-cell";

export type Group = "产出" | "效益" | "满意度";

export interface IndicatorRow {
  row: number;
  /**
   * `subtotal`: a 合计/小计 row inside the block (产出小计): checked against its rows, never scored,
   * never written. `breakdown`: a 其中 row, shown and summed against its parent, never scored.
   */
  kind: "placeholder" | "breakdown" | "subtotal" | "indicator";
  level1: string;
  level2: string;
  group: Group | null;
  /** `(N分)` written in the 一级指标 label. */
  level1Weight: number | null;
  name: string;
  targetText: string;
  actualText: string;
  target: Parsed;
  actual: Parsed;
  targetCell: { r: number; c: number } | null;
  actualCell: { r: number; c: number } | null;
  weight: NumCell | null;
  score: NumCell;
  deviation: string;
  deviationCell: { r: number; c: number } | null;
  deviationEmpty: boolean;
  /** The actual cell holds a bare number; any unit it has comes from the 度量单位 column. */
  actualBare: boolean;
  /** 指标性质 says 定性: scored by judgment whatever the values look like. */
  qualitative: boolean;
  /** Index of the row a 其中 breakdown belongs to. */
  parent?: number;
  /** A 其中 breakdown that carries a weight or a score of its own (not counted in the total). */
  weightedBreakdown?: boolean;
  /** Index of the first row a subtotal sums (the rows from there up to it, breakdowns excluded). */
  subtotalFrom?: number;
}

/** `合计`, `小计`, `总计`, `产出小计`, `产出指标合计`: a subtotal's label. */
const SUBTOTAL = /(合计|小计|总计)$/;

function groupOf(level1: string, level2: string): Group | null {
  for (const s of [level1, level2]) {
    if (/满意/.test(s)) return "满意度";
    if (/产出|数量|质量|时效|成本/.test(s)) return "产出";
    if (/效益|可持续|影响/.test(s)) return "效益";
  }
  return null;
}

const PLACEHOLDER_NAMES = new Set(["", "……", "…", "/", "／", "...", "-", "—", "——"]);

function cleanName(s: string): string {
  return s
    .trim()
    .replace(/^[★☆*※]+\s*/, "")
    .replace(/^指标\s*\d+\s*[:：.、]?\s*/, "")
    .trim();
}

function joinWithUnit(value: string, unit: string): string {
  if (!unit || isEmptyValue(unit) || !value || isEmptyValue(value)) return value;
  const u = unit.trim();
  return value.trim().endsWith(u) ? value : value.trim() + u;
}

function comparatorPrefix(nature: string): string {
  const t = squash(nature);
  if (/^(≥|>=|大于等于|正向|不低于|不少于)/.test(t)) return "≥";
  if (/^(≤|<=|小于等于|反向|不高于|不超过)/.test(t)) return "≤";
  if (/^(=|＝|等于)/.test(t)) return "=";
  if (/^(>|大于)/.test(t)) return ">";
  if (/^(<|小于)/.test(t)) return "<";
  return "";
}

/**
 * The row's 得分 cell; on a form without 得分 an empty cell at the actual (else the name), where the
 * row's findings point.
 */
function scoreOf(grid: Grid, r: number, cols: IndicatorLayout["cols"]): NumCell {
  if (cols.score !== undefined) return readNum(grid, r, cols.score);
  return {
    at: grid.anchor(r, cols.actual ?? cols.name),
    kind: "empty",
    num: null,
    percent: false,
    inPercent: false,
    isText: false,
    decimals: null,
    formula: null,
    numberFormat: null,
    raw: "",
    error: null,
  };
}

export function readIndicatorRows(grid: Grid, layout: IndicatorLayout): IndicatorRow[] {
  const cols = layout.cols;
  const rows: IndicatorRow[] = [];
  let level1 = "";
  let level2 = "";
  let lastIndicator = -1;
  // Where the rows a subtotal sums begin: after the previous subtotal.
  let subtotalFrom = 0;
  const cellText = (r: number, c: number | undefined) => (c === undefined ? "" : grid.text(r, c));
  // A cell's own text: a level label merged down from a row above does not label this row.
  const ownText = (r: number, c: number | undefined) =>
    c === undefined || (grid.merge(r, c)?.top ?? r) < r ? "" : grid.text(r, c);
  for (const r of layout.rows) {
    // A header row repeated inside the block (page break) is not an indicator.
    if (normLabel(cellText(r, cols.level1)) === "一级指标") continue;
    const subtotalLabel = [cols.level1, cols.level2, cols.name]
      .map((c) => squash(ownText(r, c)))
      .find((t) => SUBTOTAL.test(t));
    if (subtotalLabel !== undefined) {
      rows.push(subtotalRow(grid, layout, r, subtotalLabel, level1, level2, subtotalFrom));
      // 合计 sums every row above it; 小计 the rows since the previous subtotal.
      subtotalFrom = rows.length;
      continue;
    }
    const l1 = cellText(r, cols.level1);
    const l2 = cellText(r, cols.level2);
    // A blank level cell continues the label above (merges may be unknown or missing).
    if (l1 && !isEmptyValue(l1)) {
      if (l1 !== level1) level2 = "";
      level1 = l1;
    }
    if (l2 && !isEmptyValue(l2)) level2 = l2;
    const name = cleanName(cellText(r, cols.name));
    const nature = cellText(r, cols.comparator);
    const unit = cellText(r, cols.unit);
    const adjusted = cellText(r, cols.targetAdjusted);
    const useAdjusted =
      cols.targetAdjusted !== undefined && adjusted !== "" && !isEmptyValue(adjusted);
    const targetCol = useAdjusted ? cols.targetAdjusted : cols.target;
    const targetRaw = grid.value(r, targetCol ?? -1);
    const actualRaw = cols.actual !== undefined ? grid.value(r, cols.actual) : null;
    let targetText = cellText(r, targetCol);
    let actualText = cellText(r, cols.actual);
    let target = parseValue(
      targetRaw,
      targetCol !== undefined ? grid.numberFormat(r, targetCol) : null,
      "target"
    );
    let actual = parseValue(
      actualRaw,
      cols.actual !== undefined ? grid.numberFormat(r, cols.actual) : null,
      "actual"
    );
    const actualBare = actual.number !== undefined && !actual.unit && !actual.comparator;
    targetText = displayValue(targetRaw, target, targetText);
    actualText = displayValue(actualRaw, actual, actualText);
    if (unit || nature) {
      const prefix = target.comparator ? "" : comparatorPrefix(nature);
      const shownTarget =
        target.number !== undefined && !target.unit ? joinWithUnit(targetText, unit) : targetText;
      targetText = target.empty ? targetText : prefix + shownTarget;
      target = parseValue(targetText, null, "target");
      if (actual.number !== undefined && !actual.unit && unit) {
        actualText = joinWithUnit(actualText, unit);
        actual = parseValue(actualText, null, "actual");
      }
    }
    const weight = cols.weight !== undefined ? readNum(grid, r, cols.weight) : null;
    const score = scoreOf(grid, r, cols);
    const deviation = cellText(r, cols.deviation);
    const blank =
      PLACEHOLDER_NAMES.has(squash(name)) &&
      target.empty &&
      actual.empty &&
      (weight === null || weight.kind === "empty") &&
      score.kind === "empty";
    let kind: IndicatorRow["kind"] = blank ? "placeholder" : "indicator";
    // A 其中 row details the indicator above it, even when it carries a weight: counting it would
    // count its part of the parent twice.
    const weightedBreakdown =
      (weight !== null && weight.kind !== "empty") || score.kind !== "empty";
    if (!blank && /^其中/.test(squash(name)) && lastIndicator >= 0) kind = "breakdown";
    const entry: IndicatorRow = {
      row: r,
      kind,
      level1: normLabel(level1),
      level2: normLabel(level2),
      group: groupOf(level1, level2),
      level1Weight: level1 ? labelWeight(level1) : null,
      name: kind === "breakdown" ? name.replace(/^其中\s*[:：]?\s*/, "") : name,
      targetText,
      actualText,
      target,
      actual,
      targetCell: targetCol !== undefined ? grid.anchor(r, targetCol) : null,
      actualCell: cols.actual !== undefined ? grid.anchor(r, cols.actual) : null,
      weight,
      score,
      deviation,
      deviationCell: cols.deviation !== undefined ? grid.anchor(r, cols.deviation) : null,
      deviationEmpty: isEmptyText(deviation),
      actualBare,
      qualitative: /定性/.test(nature),
    };
    if (kind === "breakdown") {
      entry.parent = lastIndicator;
      if (weightedBreakdown) entry.weightedBreakdown = true;
    }
    if (kind === "indicator") lastIndicator = rows.length;
    rows.push(entry);
  }
  return rows;
}

function subtotalRow(
  grid: Grid,
  layout: IndicatorLayout,
  r: number,
  label: string,
  level1: string,
  level2: string,
  from: number
): IndicatorRow {
  const cols = layout.cols;
  const none = parseValue(null, null, "target");
  return {
    row: r,
    kind: "subtotal",
    level1: normLabel(level1),
    level2: normLabel(level2),
    group: null,
    level1Weight: null,
    name: label,
    targetText: "",
    actualText: "",
    target: none,
    actual: none,
    targetCell: null,
    actualCell: null,
    weight: cols.weight !== undefined ? readNum(grid, r, cols.weight) : null,
    score: scoreOf(grid, r, cols),
    deviation: "",
    deviationCell: null,
    deviationEmpty: true,
    actualBare: false,
    qualitative: false,
    // 合计 / 总计 alone sum the whole block above; 小计 and 产出合计 the rows since the last subtotal.
    subtotalFrom: /^(合计|总计)$/.test(label) ? 0 : from,
  };
}
