// The pane's checklist: findings and held cells as problems grouped by form, each leading with its answer.
import {
  formatNumber,
  formatPercent,
  type CellWrite,
  type ComputedRole,
  type Evaluation,
  type Finding,
  type FindingCode,
  type FormReport,
  type LocalizedText,
  type Severity,
} from "../core";

/** 可自动更正 (重新计算 writes the cell) or 需手工处理 (the clerk edits it, or reads why it is held). */
export type Fix = "auto" | "manual";

export interface Problem {
  key: string;
  severity: Severity;
  sheet: string;
  /** The cell the problem points at (the first of `cells` when the same message repeats). */
  cell: string;
  /** Every cell with this same message in the form (one item instead of N identical ones). */
  cells: string[];
  /** The answer first: `总分应为 96（填报 95）`, or the finding's own message. */
  headline: LocalizedText;
  /** The working (the rule's message) when the headline is the answer; null otherwise. */
  detail: LocalizedText | null;
  fix: Fix;
  /** Finding code, or `HELD` for a computed cell the recompute will not write. */
  code: FindingCode | "HELD";
}

export interface ProblemGroup {
  key: string;
  /** Null for the findings outside any form. */
  form: FormReport | null;
  problems: Problem[];
}

const t = (zh: string, en: string): LocalizedText => ({ zh, en });

const ROLE_WORDS: Record<ComputedRole, LocalizedText> = {
  rate: t("执行率", "The execution rate"),
  balance: t("结转结余", "The balance"),
  budgetScore: t("预算执行率得分", "The budget score"),
  indicatorScore: t("得分", "The score"),
  total: t("总分", "The total"),
  grade: t("等级", "The grade"),
};

/** A written or entered value as the form shows it: rates as percents, scores without trailing zeros. */
export function shownValue(role: ComputedRole, value: unknown): string | null {
  if (value === null || value === undefined || value === "") return null;
  const text = String(value);
  if (role === "rate") return formatPercent(text);
  if (role === "grade") return `“${text.trim()}”`;
  return formatNumber(text);
}

function subject(write: CellWrite, form: FormReport | null): LocalizedText {
  const base = ROLE_WORDS[write.role];
  if (write.role !== "indicatorScore") return base;
  const ind = form?.indicators.find((i) => i.cell === write.cell);
  return ind ? t(`“${ind.name}”的得分`, `The score of “${ind.name}”`) : base;
}

/** `总分应为 96（填报 95）` from what the recompute will write and what the cell holds now. */
export function answerOf(write: CellWrite, form: FormReport | null): LocalizedText {
  const s = subject(write, form);
  const after = shownValue(write.role, write.value) ?? "";
  const before = shownValue(write.role, write.before.formula ?? write.before.value);
  return before === null
    ? t(`${s.zh}应为 ${after}（未填写）`, `${s.en} should be ${after} (blank)`)
    : t(`${s.zh}应为 ${after}（填报 ${before}）`, `${s.en} should be ${after} (entered ${before})`);
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

function problemsOf(findings: Finding[], form: FormReport | null, writes: CellWrite[]): Problem[] {
  const written = new Map(writes.map((w) => [`${w.sheet}!${w.cell}`, w]));
  const list: Problem[] = [];
  // The same message on several cells (a rule repeated down a column) is one item listing the cells.
  const repeats = new Map<string, Problem>();
  for (const f of findings) {
    const write = written.get(`${f.sheet}!${f.cell}`);
    const same = `${f.code}|${f.severity}|${f.sheet}|${f.message.zh}`;
    const repeat = write ? undefined : repeats.get(same);
    if (repeat) {
      repeat.cells.push(f.cell);
      continue;
    }
    const problem: Problem = {
      key: `${f.code}|${f.sheet}|${f.cell}|${list.length}`,
      severity: f.severity,
      sheet: f.sheet,
      cell: f.cell,
      cells: [f.cell],
      headline: write ? answerOf(write, form) : f.message,
      detail: write ? f.message : null,
      fix: write ? "auto" : "manual",
      code: f.code,
    };
    list.push(problem);
    if (!write) repeats.set(same, problem);
  }
  const held: Problem[] = (form?.held ?? []).map((h, i) => ({
    key: `HELD|${h.sheet}|${h.cell}|${i}`,
    severity: "warning",
    sheet: h.sheet,
    cell: h.cell,
    cells: [h.cell],
    headline: h.reason,
    detail: null,
    fix: "manual",
    code: "HELD",
  }));
  // Errors first, then warnings, then notes; within a severity the order of the form.
  return [...list, ...held].sort((a, b) => RANK[a.severity] - RANK[b.severity]);
}

/** Sheet-level findings first (a group without a form), then form by form in sheet order. */
export function problemGroups(evaluation: Evaluation): ProblemGroup[] {
  const groups: ProblemGroup[] = [];
  if (evaluation.sheetFindings.length) {
    groups.push({
      key: "sheet",
      form: null,
      problems: problemsOf(evaluation.sheetFindings, null, evaluation.writes),
    });
  }
  for (const form of evaluation.forms) {
    const problems = problemsOf(form.findings, form, evaluation.writes);
    if (problems.length) groups.push({ key: `${form.sheet}|${form.range}`, form, problems });
  }
  return groups;
}

/** What the verdict says besides the severity counts: how much 重新计算 fixes, how much is by hand. */
export interface FixCounts {
  /** Error / warning cells the recompute writes. */
  auto: number;
  /** Error / warning cells the clerk must edit, plus the computed cells held back. */
  manual: number;
  /** Computed cells the recompute will not write (each with its reason). */
  held: number;
}

export function fixCounts(groups: ProblemGroup[]): FixCounts {
  const c: FixCounts = { auto: 0, manual: 0, held: 0 };
  for (const p of groups.flatMap((g) => g.problems)) {
    if (p.code === "HELD") c.held += 1;
    // Notes ask for nothing: they count neither as a fix nor as work by hand.
    if (p.severity !== "info") c[p.fix] += p.cells.length;
  }
  return c;
}
