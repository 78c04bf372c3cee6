// Reads a located target form: its indicators (names, parsed targets, weights) and its annual amount.
import { D, type Dec } from "../decimal";
import type { RC } from "../grid/address";
import type { Grid } from "../grid/grid";
import type { TargetFormLayout } from "../locate/target-form";
import { readIndicatorRows, type IndicatorRow } from "../score/indicator-rows";
import { readNum } from "../score/num-cell";
import { parseValue } from "../values/parse";
import { looseKey, nameKey } from "./names";

export interface TargetIndicator {
  row: IndicatorRow;
  /** nameKey of the 三级指标 name. */
  key: string;
  loose: string;
}

export interface AnnualAmount {
  cell: RC;
  labelCell: RC;
  /** The amount in `unit`; null when the cell is blank or holds no number. */
  amount: Dec | null;
  /** The same amount in 元, for comparing across units exactly. */
  yuan: Dec | null;
  unit: "万元" | "元";
  raw: string;
}

export interface TargetForm {
  layout: TargetFormLayout;
  sheet: string;
  /** The workbook it came from when that is not the checked one (`--targets FILE`); null otherwise. */
  file: string | null;
  indicators: TargetIndicator[];
  hasWeights: boolean;
  annual: AnnualAmount | null;
  /** Headers only: no indicator and no annual amount above 0 to compare with. */
  empty: boolean;
}

const YUAN = { 万元: new D(10000), 元: new D(1) } as const;

function readAmount(grid: Grid, layout: TargetFormLayout): AnnualAmount | null {
  const a = layout.annual;
  if (!a) return null;
  const cell = readNum(grid, a.valueCell.r, a.valueCell.c);
  let amount: Dec | null = cell.kind === "number" && !cell.percent ? cell.num : null;
  if (cell.kind === "invalid" && !cell.error) {
    // `190万元`, `1,900,000元`: an amount written with its own unit.
    const p = parseValue(grid.value(cell.at.r, cell.at.c));
    if (p.number !== undefined && p.unit?.dim === "money" && !p.comparator)
      amount = p.number.times(p.unit.factor).div(YUAN[a.unit]);
  }
  return {
    cell: cell.at,
    labelCell: a.labelCell,
    amount,
    yuan: amount && amount.times(YUAN[a.unit]),
    unit: a.unit,
    raw: cell.raw,
  };
}

export function readTargetForm(
  grid: Grid,
  layout: TargetFormLayout,
  file: string | null = null
): TargetForm {
  const indicators = readIndicatorRows(grid, layout.indicators)
    .filter((row) => row.kind === "indicator" && row.name !== "")
    .map((row) => {
      const key = nameKey(row.name);
      return { row, key, loose: looseKey(key) };
    });
  const annual = readAmount(grid, layout);
  return {
    layout,
    sheet: layout.sheet,
    file,
    indicators,
    hasWeights: layout.indicators.cols.weight !== undefined,
    annual,
    empty: indicators.length === 0 && !(annual?.amount && annual.amount.gt(0)),
  };
}

/** An amount in 元 from a 自评表 money cell's unit. */
export function toYuan(amount: Dec, unit: "万元" | "元"): Dec {
  return amount.times(YUAN[unit]);
}

/** An amount in 元 in a money cell's unit. */
export function fromYuan(yuan: Dec, unit: "万元" | "元"): Dec {
  return yuan.div(YUAN[unit]);
}
