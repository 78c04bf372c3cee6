// JSON report v1 (docs/report.md): the shapes `jxzp check --json` prints and the task pane renders.
import type { BATCH_CODES } from "../codes";
import type {
  CellWrite,
  Finding,
  HeldWrite,
  Highlight,
  LocalizedText,
  Method,
  ProfileId,
  Severity,
} from "../types";

export interface BudgetReport {
  /** The 得分 cell of the funding total row. */
  cell: string;
  planned: string | null;
  executed: string | null;
  /** Unrounded 执行率 as a fraction, 6 decimals (`"0.895525"`). */
  rate: string | null;
  weight: string;
  entered: string | null;
  computed: string | null;
}

export interface IndicatorReport {
  /** The 得分 cell of the indicator row. */
  cell: string;
  level1: string;
  level2: string;
  name: string;
  target: string;
  actual: string;
  weight: string | null;
  method: Method;
  entered: string | null;
  computed: string | null;
  /** A 其中 breakdown row: shown, not scored. */
  breakdown?: boolean;
  /** The 偏差原因 text as written, when the row has one (compared across forms by src/core/batch). */
  deviation?: string;
  /** The cell holding `deviation`. */
  deviationCell?: string;
}

export interface ScoreReport {
  cell: string;
  entered: string | null;
  computed: string | null;
}

export interface FormReport {
  sheet: string;
  range: string;
  /**
   * `department`: a 部门整体支出绩效自评表 (`project` then holds the department's name); absent on a
   * project form.
   */
  kind?: "department";
  project: string;
  /** 实施单位 / 预算单位 / 单位名称 as written; absent when the form names none. */
  unit?: string;
  /** 主管部门 as written; absent when the form names none. */
  department?: string;
  /** The 年度总体目标 block's texts; absent when the form has no such block. */
  goals?: { target: string; actual: string; cell: string };
  profile: ProfileId;
  year: number | null;
  budget: BudgetReport;
  indicators: IndicatorReport[];
  total: ScoreReport;
  /** null when the form has no grade cell (the computed grade is still in `computedGrade`). */
  grade: ScoreReport | null;
  computedGrade: string | null;
  findings: Finding[];
  /** Computed cells a recompute will not write, each with its reason (absent when none). */
  held?: HeldWrite[];
}

/** Everything the core says about a set of sheets: the adapters' one answer. */
export interface Evaluation {
  forms: FormReport[];
  /** Findings outside any form (FORM_NOT_FOUND, FORM_INCOMPLETE of a broken form). */
  sheetFindings: Finding[];
  writes: CellWrite[];
  highlights: Highlight[];
}

export interface FileReport {
  file: string;
  forms: FormReport[];
  /** Findings that belong to no form (a sheet without a form). */
  findings?: Finding[];
  error: { code: string; message: { zh: string; en: string } } | null;
}

export interface Summary {
  files: number;
  forms: number;
  errors: number;
  warnings: number;
  infos: number;
}

export type BatchCode = (typeof BATCH_CODES)[number];

/** One form a cross-form flag concerns, and the cell to look at on it. */
export interface BatchFormRef {
  file: string;
  sheet: string;
  /** The cell holding what is shared (the total, the copied text), else the form's first cell. */
  cell: string;
  project: string;
  /** The unit the form reports for (实施单位 …, else 主管部门); "" when it names none. */
  unit: string;
}

/** A flag over several forms (JSON report `batch[]`, docs/report.md), found by src/core/batch. */
export interface BatchFinding {
  code: BatchCode;
  severity: Severity;
  message: LocalizedText;
  /** Every form concerned, in input order (file order, then form order). */
  forms: BatchFormRef[];
}

export interface JsonReport {
  version: 1;
  files: FileReport[];
  /** Cross-form flags over all the files' forms, in their order (docs/report.md); [] when none. */
  batch?: BatchFinding[];
  summary: Summary;
}
