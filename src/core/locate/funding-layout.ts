// Reads the funding block (资金) header: column roles, the 总额 row and its 其中 source rows.
import type { Grid } from "../grid/grid";
import { fundingRole, SECTION_WORDS } from "./labels";
import type { FundingColumns, FundingLayout } from "./layout-types";
import { labelWeight, normLabel, squash } from "../text/normalize";
import { cellRight, type LabelCell, type LabelIndex } from "./scan";

/** The label of a row of the block: text left of the money columns, minus merges hanging from above. */
function fundingRowLabel(grid: Grid, r: number, left: number, firstMoneyCol: number): string {
  const parts: string[] = [];
  for (let c = left; c < firstMoneyCol; c++) {
    const m = grid.merge(r, c);
    if (m && (m.top < r || m.left < c)) continue;
    const t = grid.text(r, c);
    if (t) parts.push(t);
  }
  return squash(parts.join(""));
}

function hasNumber(grid: Grid, r: number, from: number, to: number): boolean {
  for (let c = from; c <= to; c++) {
    const v = grid.raw(r, c);
    if (typeof v === "number") return true;
    if (typeof v === "string" && /^\s*[+-]?\d+(\.\d+)?\s*%?\s*$/.test(v)) return true;
  }
  return false;
}

/** Columns a role's header cell spans (more than one: a group header over sub-columns). */
type Spans = Partial<Record<string, [number, number]>>;

/**
 * Gives each labelled column its role; the first label of a role wins, except that a sub-header
 * label under a group header of the same role (预算数 merged over 年初预算数 / 全年预算数) takes it:
 * the group's first column is 年初, not the budget.
 */
function assignRoles(
  grid: Grid,
  cells: LabelCell[],
  roles: Partial<Record<string, number>>,
  initial: Set<number>,
  spans: Spans
): void {
  for (const cell of cells) {
    const role = fundingRole(cell.label);
    if (!role) continue;
    const right = cellRight(grid, cell.r, cell.c);
    if (role === "initial") {
      for (let c = cell.c; c <= right; c++) initial.add(c);
      continue;
    }
    const span = spans[role];
    const underGroup =
      span !== undefined && span[1] > span[0] && cell.c >= span[0] && cell.c <= span[1];
    if (roles[role] === undefined || underGroup) {
      roles[role] = cell.c;
      spans[role] = [cell.c, right];
    }
  }
}

/**
 * Builds the funding layout from its header row, or null when the row lacks a budget or an
 * executed column. `limit` is the first row that no longer belongs to the block.
 */
export function readFundingLayout(
  grid: Grid,
  labels: LabelIndex,
  headerRow: number,
  segLeft: number,
  segRight: number,
  limit: number
): FundingLayout | null {
  const inSeg = (cells: LabelCell[] | undefined) =>
    (cells ?? []).filter((x) => x.c >= segLeft && x.c <= segRight);
  const header = inSeg(labels.get(headerRow));
  const roles: Partial<Record<string, number>> = {};
  const initial = new Set<number>();
  const spans: Spans = {};
  assignRoles(grid, header, roles, initial, spans);
  if (roles.budget === undefined || roles.executed === undefined) return null;
  const moneyCols = [roles.budget, roles.executed, ...initial];
  const firstMoneyCol = Math.min(...moneyCols, roles.balance ?? Infinity);
  let right = Math.max(...header.map((x) => cellRight(grid, x.r, x.c)));
  let labelLeft = firstMoneyCol;
  for (let r = headerRow; r < limit; r++) {
    for (const x of inSeg(labels.get(r))) if (x.c < labelLeft) labelLeft = x.c;
  }
  if (labelLeft === firstMoneyCol) labelLeft = segLeft;
  let lastHeaderRow = headerRow;
  for (let r = headerRow + 1; r < Math.min(limit, headerRow + 3); r++) {
    const label = fundingRowLabel(grid, r, labelLeft, firstMoneyCol);
    if (/总额|合计|总计|资金/.test(label) || hasNumber(grid, r, firstMoneyCol, right)) break;
    assignRoles(grid, inSeg(labels.get(r)), roles, initial, spans);
    lastHeaderRow = r;
  }
  for (const c of initial) if (c === roles.budget || c === roles.executed) initial.delete(c);
  const cols: FundingColumns = {
    budget: roles.budget,
    executed: roles.executed,
    initial: [...initial].sort((a, b) => a - b),
    balance: roles.balance ?? null,
    rate: roles.rate ?? null,
    weight: roles.weight ?? null,
    score: roles.score ?? null,
    reason: roles.reason ?? null,
  };
  right = Math.max(
    right,
    ...Object.values(cols)
      .flat()
      .filter((x): x is number => x !== null)
  );
  let totalRow: number | null = null;
  const sourceRows: number[] = [];
  // Rows above a 合计 total: its sources when the total comes last (资金来源 … 资金合计).
  const above: number[] = [];
  for (let r = lastHeaderRow + 1; r < limit; r++) {
    const label = fundingRowLabel(grid, r, labelLeft, firstMoneyCol);
    if (totalRow === null) {
      // A total after its 其中 rows (资金来源 … 合计) sums the rows above it.
      if (label.includes("总额") || /(合计|总计)$/.test(label) || label === "小计") {
        totalRow = r;
        sourceRows.push(...above);
      } else if (SECTION_WORDS.some((w) => label.includes(w))) break;
      else if (label || hasNumber(grid, r, firstMoneyCol, right)) above.push(r);
      continue;
    }
    if (SECTION_WORDS.some((w) => label.includes(w))) break;
    if (!label && !hasNumber(grid, r, firstMoneyCol, right)) continue;
    if (label.includes("总额")) break;
    sourceRows.push(r);
  }
  if (totalRow === null) {
    // No 总额 label: the first row carrying money is the block's total.
    for (let r = lastHeaderRow + 1; r < limit; r++) {
      if (hasNumber(grid, r, firstMoneyCol, right)) {
        totalRow = r;
        break;
      }
    }
  }
  const headerTexts = [
    ...header.map((x) => x.raw),
    ...inSeg(labels.get(headerRow - 1)).map((x) => x.raw),
  ];
  const unitText = headerTexts.find((t) =>
    /[(（]\s*(万元|元)\s*[)）]|单位[:：]\s*(万元|元)/.test(t)
  );
  const moneyUnit = unitText && !/万元/.test(unitText) ? "元" : "万元";
  const weightTexts = [
    ...header.filter((x) => x.c < firstMoneyCol).map((x) => x.raw),
    ...header.filter((x) => x.c === cols.score).map((x) => x.raw),
    ...inSeg(labels.get(headerRow - 1))
      .map((x) => x.raw)
      .filter((t) => /预算|资金|执行/.test(t)),
  ];
  let labelW: number | null = null;
  for (const t of weightTexts) {
    const w = labelWeight(t);
    if (w !== null && /分\s*[)）]|分$/.test(squash(t).replace(/\*.*$/, ""))) {
      labelW = w;
      break;
    }
    if (w !== null && normLabel(t) === "得分") {
      labelW = w;
      break;
    }
  }
  return {
    headerRow,
    lastHeaderRow,
    labelLeft,
    firstMoneyCol,
    right,
    cols,
    totalRow,
    sourceRows,
    moneyUnit,
    labelWeight: labelW,
  };
}
