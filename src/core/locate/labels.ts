// Synonym tables of docs/rules.md §2: which normalised header label plays which role.

export type FundingRole =
  "budget" | "initial" | "executed" | "balance" | "rate" | "weight" | "score" | "reason";

export type IndicatorRole =
  | "level1"
  | "level2"
  | "name"
  | "target"
  | "targetAdjusted"
  | "comparator"
  | "unit"
  | "actual"
  | "weight"
  | "score"
  | "deviation";

const FUNDING: Record<Exclude<FundingRole, "reason">, string[]> = {
  budget: [
    "全年预算数",
    "调整后预算数",
    "预算数",
    "全年预算",
    "调整后预算",
    "全年预算金额",
    "调整预算数",
    "调整预算",
    "全年调整预算数",
    "全年调整后预算数",
  ],
  initial: ["年初预算数", "年初预算", "目标申报数", "预算编制数", "年初预算金额"],
  executed: [
    "全年执行数",
    "预算执行数",
    "执行数",
    "全年实际执行数",
    "实际执行数",
    "全年执行金额",
    "实际支出数",
    "全年实际支出数",
    "全年支出数",
  ],
  balance: ["资金结(转)余", "结转结余", "资金结转结余", "结余", "资金结余", "结(转)余"],
  rate: ["执行率", "预算执行率", "资金执行率"],
  weight: ["分值", "权重"],
  score: ["得分", "自评得分"],
};

const INDICATOR: Record<Exclude<IndicatorRole, "deviation">, string[]> = {
  level1: ["一级指标"],
  level2: ["二级指标"],
  name: ["三级指标"],
  target: [
    "年度指标值",
    "指标值",
    "年初目标值",
    "年初指标值",
    "目标值",
    "年度目标值",
    "全年指标值",
    "预期指标值",
    "计划指标值",
  ],
  targetAdjusted: ["调整后指标值", "调整后目标值", "全年调整后指标值"],
  comparator: ["指标性质", "指标方向"],
  unit: ["度量单位", "计量单位"],
  actual: ["实际完成值", "全年实际值", "完成值", "实际值", "全年完成值", "全年实际完成值"],
  weight: ["分值", "权重", "指标分值", "指标权重"],
  score: ["得分", "自评得分", "实际得分"],
};

/** label → role, first role listed wins (the tables are read once, every sheet cell is looked up). */
function index<R extends string>(table: Record<string, string[]>): Map<string, R> {
  const map = new Map<string, R>();
  for (const [role, labels] of Object.entries(table)) {
    for (const label of labels) if (!map.has(label)) map.set(label, role as R);
  }
  return map;
}

const FUNDING_INDEX = index<FundingRole>(FUNDING);
const INDICATOR_INDEX = index<IndicatorRole>(INDICATOR);

export function fundingRole(label: string): FundingRole | null {
  if (!label) return null;
  if (label.includes("原因")) return "reason";
  return FUNDING_INDEX.get(label) ?? null;
}

export function indicatorRole(label: string): IndicatorRole | null {
  if (!label) return null;
  if (label.includes("原因")) return "deviation";
  return INDICATOR_INDEX.get(label) ?? null;
}

/** Labels only a form's total row carries. */
export const TOTAL_LABELS = ["总分", "自评总分", "总得分", "综合得分", "得分合计", "总分值"];
/**
 * Labels a total row may carry, but a subtotal inside the indicator block too: the total row only
 * when no TOTAL_LABELS row follows the indicators (the last of them then).
 */
export const SUBTOTAL_LABELS = ["合计", "总计"];
export const GRADE_LABELS = ["自评等级", "评价等级", "等级", "自评结果等级", "绩效等级"];
const TITLE_LABELS = ["项目支出绩效自评表", "部门预算项目支出绩效自评表", "绩效目标自评表"];
export const PROJECT_LABELS = ["项目名称"];
/** Row labels that end the funding block's 其中 rows. */
export const SECTION_WORDS = ["目标", "绩效指标", "一级指标"];

/** A form's title: one of TITLE_LABELS inside the label, or any label ending in 自评表. */
export function isTitleLabel(label: string): boolean {
  return TITLE_LABELS.some((t) => label.includes(t)) || /自评表$/.test(label);
}

/** A label that starts a form: its title or its 项目名称. */
export function isHeadLabel(label: string): boolean {
  return PROJECT_LABELS.includes(label) || isTitleLabel(label);
}
