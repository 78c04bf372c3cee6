// Table-driven rule tests (ESLint's RuleTester, for forms): build fixture forms, evaluate, compare one code's findings.
import Decimal from "decimal.js";
import { evaluate } from "../../../src/core";
import type {
  EvaluateOptions,
  Evaluation,
  Finding,
  FindingCode,
  Severity,
} from "../../../src/core";
import type { FormMap } from "../../../testkit/fixtures/build";
import {
  CLEAN_INDICATORS,
  cleanForm,
  indicatorFor,
  money,
  percent,
  points,
} from "../../../testkit/fixtures/forms";
import type { NeutralIndicator } from "../../../testkit/fixtures/forms";
import type {
  CellInput,
  FormSpec,
  FundRow,
  IndicatorSpec,
  Layout,
  WorkbookSpec,
} from "../../../testkit/fixtures/spec";
import { loadSpec } from "../load";

export const LAYOUTS: readonly Layout[] = ["central-2020", "shanxi", "sichuan"];

/** Picks a cell address out of a built form's map: expected cells are never hard-coded. */
export type CellPick = (m: FormMap) => string | undefined;

export interface Want {
  severity: Severity;
  cell: CellPick;
  /** Index of the form (in FormMap order) the finding belongs to; default 0. */
  form?: number;
  /** Sheet of the finding when it belongs to no form (FORM_NOT_FOUND). */
  sheet?: string;
}

export interface Case {
  name: string;
  spec: FormSpec | WorkbookSpec;
  /** Where a single FormSpec is placed (default C5, so no address is right by accident). */
  origin?: string;
  /** The deployment's options (docs/rules.md §5), as an adapter passes them to evaluate. */
  options?: EvaluateOptions;
  /** Codes that must not appear anywhere ("one problem, one finding"). */
  absent?: FindingCode[];
  /** Extra assertions on the evaluation. */
  check?: (r: Result) => void;
}

export interface InvalidCase extends Case {
  findings: Want[];
}

export interface Result {
  evaluation: Evaluation;
  forms: FormMap[];
  findings: Finding[];
}

export const SHEET = "自评表";

function isFormSpec(spec: FormSpec | WorkbookSpec): spec is FormSpec {
  return "layout" in spec;
}

export async function run(
  spec: FormSpec | WorkbookSpec,
  origin = "C5",
  options: EvaluateOptions = {}
): Promise<Result> {
  const wb: WorkbookSpec = isFormSpec(spec)
    ? { sheets: [{ name: SHEET, forms: [{ form: spec, origin }] }] }
    : spec;
  const { sheets, forms } = await loadSpec(wb);
  const evaluation = evaluate(sheets, options);
  const findings = [...evaluation.sheetFindings, ...evaluation.forms.flatMap((f) => f.findings)];
  return { evaluation, forms, findings };
}

/** Every finding's message is filled in both languages (no `{placeholder}` left). */
export function expectRendered(findings: Finding[]): void {
  for (const f of findings) {
    for (const text of [f.message.zh, f.message.en]) {
      expect(text.trim()).not.toBe("");
      expect(text).not.toMatch(/\{\w+\}/);
    }
  }
}

function key(f: { sheet: string; cell: string; severity: Severity }): string {
  return `${f.sheet}!${f.cell} ${f.severity}`;
}

export function codes(r: Result): FindingCode[] {
  return [...new Set(r.findings.map((f) => f.code))].sort();
}

async function runCase(code: FindingCode, c: Case, want: Want[]): Promise<Result> {
  const r = await run(c.spec, c.origin, c.options);
  expectRendered(r.findings);
  const got = r.findings.filter((f) => f.code === code).map(key);
  const expected = want.map((w) => {
    const map = r.forms[w.form ?? 0];
    const cell = map ? w.cell(map) : w.cell({} as FormMap);
    if (!cell) throw new Error(`${c.name}: the expected cell is not in the form map`);
    return key({ sheet: w.sheet ?? map.sheet, cell, severity: w.severity });
  });
  expect(got.sort()).toEqual(expected.sort());
  for (const absent of c.absent ?? []) {
    expect(r.findings.filter((f) => f.code === absent).map(key)).toEqual([]);
  }
  c.check?.(r);
  return r;
}

/** Declares the valid (must not raise `code`) and invalid (must raise exactly these) cases. */
export function ruleTester(
  code: FindingCode,
  cases: { valid: Case[]; invalid: InvalidCase[] }
): void {
  describe(code, () => {
    if (cases.valid.length) {
      test.each(cases.valid)("valid: $name", async (c) => {
        await runCase(code, c, []);
      });
    }
    test.each(cases.invalid)("invalid: $name", async (c) => {
      expect(c.findings.length).toBeGreaterThan(0);
      await runCase(code, c, c.findings);
    });
  });
}

// ---- cell pickers --------------------------------------------------------------------------

export const at = {
  fund:
    (role: keyof FormMap["funding"]["total"]["cells"]): CellPick =>
    (m) =>
      m.funding.total.cells[role],
  source:
    (i: number, role: keyof FormMap["funding"]["total"]["cells"]): CellPick =>
    (m) =>
      m.funding.sources[i].cells[role],
  ind:
    (i: number, role: keyof FormMap["indicators"][number]["cells"]): CellPick =>
    (m) =>
      m.indicators[i].cells[role],
  /** The target the checker reads: shanxi's 调整后指标值 when filled (the fixtures always fill it). */
  target:
    (i: number): CellPick =>
    (m) =>
      m.indicators[i].cells.targetAdjusted ?? m.indicators[i].cells.target,
  /** The total row's cell in the column of an indicator role (sichuan's blank 权重 cell there). */
  totalRow:
    (role: keyof FormMap["indicators"][number]["cells"]): CellPick =>
    (m) =>
      m.indicators[0].cells[role]?.replace(/\d+$/, String(m.rows.total)),
  cell:
    (role: keyof FormMap["cells"]): CellPick =>
    (m) =>
      m.cells[role],
  header:
    (role: string): CellPick =>
    (m) =>
      m.headers[role],
};

// ---- spec helpers --------------------------------------------------------------------------

/** The 其中 row of the clean forms that carries the money (the others hold 0). */
export function mainSource(layout: Layout): number {
  return layout === "shanxi" ? 3 : 0;
}

const HALF_UP = Decimal.ROUND_HALF_UP;

export function gradeFor(total: Decimal.Value): string {
  const t = new Decimal(total);
  return t.gte(90) ? "优" : t.gte(80) ? "良" : t.gte(60) ? "中" : "差";
}

/** Budget score of the clean forms' weight 10 for these amounts (0 when the budget is 0). */
export function budgetScore(budget: string, executed: string, weight = 10): Decimal {
  const b = new Decimal(budget);
  if (b.lte(0)) return new Decimal(0);
  return Decimal.min(new Decimal(executed).div(b), 1).times(weight).toDecimalPlaces(2, HALF_UP);
}

/** A consistent funding block: the main 其中 row holds the money, the others 0. */
export function fundingOf(
  layout: Layout,
  budget: string,
  executed: string
): { total: FundRow; sources: FundRow[] } {
  const base = cleanForm(layout).funding;
  const b = new Decimal(budget);
  const e = new Decimal(executed);
  const row = (r: FundRow, withScore: boolean): FundRow => {
    const filled: FundRow = {
      ...r,
      initial:
        layout === "shanxi" ? [money(b.toNumber()), money(b.toNumber())] : money(b.toNumber()),
      budget: money(b.toNumber()),
      executed: money(e.toNumber()),
    };
    if (layout === "shanxi") filled.balance = money(b.minus(e).toNumber());
    if (r.rate !== undefined && typeof r.rate !== "string") {
      filled.rate = b.gt(0) ? percent(e.div(b).toNumber()) : null;
    }
    if (withScore) filled.score = points(budgetScore(budget, executed).toNumber());
    return filled;
  };
  const zero = (r: FundRow): FundRow => {
    const filled = row(r, false);
    return {
      ...filled,
      initial: layout === "shanxi" ? [money(0), money(0)] : money(0),
      budget: money(0),
      executed: money(0),
      ...(layout === "shanxi" ? { balance: money(0) } : {}),
      ...(r.rate !== undefined && typeof r.rate !== "string" ? { rate: null } : {}),
    };
  };
  const main = mainSource(layout);
  return {
    total: row(base.total, true),
    sources: base.sources.map((s, i) => (i === main ? row(s, false) : zero(s))),
  };
}

/** A clean form whose funding block holds these amounts; total and grade follow (indicators 90). */
export function budgetForm(layout: Layout, budget: string, executed: string): FormSpec {
  const form = cleanForm(layout);
  const total = budgetScore(budget, executed).plus(90);
  return {
    ...form,
    funding: { ...form.funding, ...fundingOf(layout, budget, executed) },
    total: {
      ...form.total,
      score: points(total.toNumber()),
      grade: layout === "central-2020" ? undefined : gradeFor(total),
    },
  };
}

/** Replaces indicator `i` by the clean indicator `i` with `changes`, written the layout's way. */
export function withInd(form: FormSpec, i: number, changes: Partial<NeutralIndicator>): FormSpec {
  const indicators = [...form.indicators];
  indicators[i] = indicatorFor(form.layout, { ...CLEAN_INDICATORS[i], ...changes });
  return { ...form, indicators };
}

/** Replaces indicator `i` with `patch` applied to its written spec (cells as the layout wrote them). */
export function patchInd(form: FormSpec, i: number, patch: Partial<IndicatorSpec>): FormSpec {
  const indicators = [...form.indicators];
  indicators[i] = { ...indicators[i], ...patch };
  return { ...form, indicators };
}

/** Inserts indicator rows after row `i`. */
export function insertAfter(form: FormSpec, i: number, rows: IndicatorSpec[]): FormSpec {
  const indicators = [...form.indicators];
  indicators.splice(i + 1, 0, ...rows);
  return { ...form, indicators };
}

export function withTotal(form: FormSpec, score: CellInput, grade?: CellInput): FormSpec {
  return {
    ...form,
    total: { ...form.total, score, ...(grade !== undefined ? { grade } : {}) },
  };
}

export function withFundTotal(form: FormSpec, patch: Partial<FundRow>): FormSpec {
  return { ...form, funding: { ...form.funding, total: { ...form.funding.total, ...patch } } };
}

export function withSource(form: FormSpec, i: number, patch: Partial<FundRow>): FormSpec {
  const sources = form.funding.sources.map((s, k) => (k === i ? { ...s, ...patch } : s));
  return { ...form, funding: { ...form.funding, sources } };
}

// ---- numbers stored as text ------------------------------------------------------------------

function decimalsOf(fmt: string): number {
  return /0\.(0+)/.exec(fmt)?.[1].length ?? 0;
}

/** The text a clerk (or WPS) would have typed for a number cell: `99.50`, `95.00%`. */
export function textOf(input: CellInput | undefined): CellInput | undefined {
  if (input === undefined || input === null || input instanceof Date) return input;
  if (typeof input === "number") return String(input);
  if (typeof input === "string") return input;
  if (input.formula !== undefined || typeof input.value !== "number") return input;
  const fmt = input.numFmt ?? "";
  if (!fmt || fmt === "General") return String(input.value);
  const v = new Decimal(input.value);
  return fmt.includes("%")
    ? `${v.times(100).toFixed(decimalsOf(fmt))}%`
    : v.toFixed(decimalsOf(fmt));
}

function textRow(r: FundRow): FundRow {
  const initial = Array.isArray(r.initial)
    ? ([textOf(r.initial[0]), textOf(r.initial[1])] as [CellInput, CellInput])
    : textOf(r.initial);
  return {
    ...r,
    initial,
    budget: textOf(r.budget)!,
    executed: textOf(r.executed)!,
    balance: textOf(r.balance),
    rate: textOf(r.rate),
    score: textOf(r.score),
    weight: textOf(r.weight),
  };
}

/** The same form with every number cell stored as text, as in the published seed. */
export function asText(form: FormSpec): FormSpec {
  return {
    ...form,
    funding: {
      ...form.funding,
      total: textRow(form.funding.total),
      sources: form.funding.sources.map(textRow),
    },
    indicators: form.indicators.map((i) => ({
      ...i,
      target: textOf(i.target),
      targetAdjusted: textOf(i.targetAdjusted),
      actual: textOf(i.actual),
      weight: textOf(i.weight),
      score: textOf(i.score),
    })),
    total: { ...form.total, score: textOf(form.total.score)!, weight: textOf(form.total.weight) },
  };
}

/** One case per layout, numbers stored as numbers and as text. */
export function perLayout<C extends Case>(
  name: string,
  make: (layout: Layout) => Omit<C, "name">,
  layouts: readonly Layout[] = LAYOUTS
): C[] {
  const out: C[] = [];
  for (const layout of layouts) {
    const c = make(layout);
    out.push({ ...c, name: `${name} [${layout}]` } as C);
    if (isFormSpec(c.spec)) {
      out.push({ ...c, name: `${name} [${layout}, text]`, spec: asText(c.spec) } as C);
    }
  }
  return out;
}

// ---- form states ---------------------------------------------------------------------------

/** The form as handed out: amounts and targets filled, no score, no total, no grade. */
export function unfilled(form: FormSpec): FormSpec {
  return {
    ...withFundTotal(form, { score: null }),
    indicators: form.indicators.map((i) => ({ ...i, score: null })),
    total: { ...form.total, score: null, grade: form.layout === "central-2020" ? undefined : null },
  };
}

const LEVEL1_WEIGHTS: Record<string, number> = { 产出指标: 50, 效益指标: 30, 满意度指标: 10 };

/**
 * A form without an indicator weight column (its header says 备注 and stays blank): weights come
 * from `(N分)` in the 一级指标 labels.
 */
export function noWeightColumn(form: FormSpec, weights: Record<string, number> = {}): FormSpec {
  const w = { ...LEVEL1_WEIGHTS, ...weights };
  return {
    ...form,
    labels: { ...form.labels, weight: "备注" },
    indicators: form.indicators.map((i) => ({
      ...i,
      weight: null,
      level1: i.level1 ? `${i.level1}(${w[i.level1]}分)` : i.level1,
    })),
    total: { ...form.total, weight: null },
  };
}
