// Where each part of a located form sits on its sheet (absolute 0-based rows/columns).
import type { Area, RC } from "../grid/address";
import type { Profile } from "../profiles";
import type { IndicatorRole } from "./labels";

export interface FundingColumns {
  budget: number;
  executed: number;
  initial: number[];
  balance: number | null;
  rate: number | null;
  weight: number | null;
  score: number | null;
  reason: number | null;
}

export interface FundingLayout {
  headerRow: number;
  /** Header plus sub-header rows (目标申报数 / 预算编制数). */
  lastHeaderRow: number;
  labelLeft: number;
  firstMoneyCol: number;
  right: number;
  cols: FundingColumns;
  /** The `年度资金总额` row; null when the block has none. */
  totalRow: number | null;
  sourceRows: number[];
  moneyUnit: "万元" | "元";
  /** `(N分)` read from the block title or the 得分 header. */
  labelWeight: number | null;
}

/** `score` is absent on target-completion forms (年初目标值 / 实际完成值 / 未完成原因, no 得分). */
export type IndicatorColumns = Partial<Record<IndicatorRole, number>> & {
  level1: number;
  name: number;
};

export interface IndicatorLayout {
  headerRow: number;
  left: number;
  right: number;
  cols: IndicatorColumns;
  rows: number[];
}

export interface TotalLayout {
  row: number;
  labelCell: RC;
  scoreCell: RC;
  weightCell: RC | null;
  gradeCell: RC | null;
}

export interface FormLayout {
  sheet: string;
  /**
   * `department`: a 部门整体支出绩效自评表, never scored with the project-form formulas (its rate,
   * score ≤ weight and sums are checked); `project` otherwise.
   */
  kind: "project" | "department";
  area: Area;
  profile: Profile;
  project: string;
  year: number | null;
  funding: FundingLayout | null;
  indicators: IndicatorLayout | null;
  total: TotalLayout | null;
  /** Where a form-level finding points: the title, project name or first header. */
  anchor: RC;
}
