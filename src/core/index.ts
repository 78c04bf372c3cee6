// The core's one entry: sheets in, forms + findings + computed-cell writes + highlights out.
import { areaA1, parseA1 } from "./grid/address";
import { Grid } from "./grid/grid";
import { locateForms } from "./locate/locate";
import { splitTargetForms, type TargetKind } from "./locate/target-form";
import { patchForm } from "./patch/patch";
import { formReport } from "./report/form-report";
import type { Evaluation, FormReport } from "./report/types";
import { runFormRules, runSheetRules, runTargetRules } from "./rules/run";
import { evaluateForm, type FormEval } from "./score/form";
import { pairTargets } from "./targets/pair";
import { readTargetForm, type TargetForm } from "./targets/read";
import type { EvaluateOptions, Finding, Highlight, SheetData } from "./types";

const RANK = { error: 2, warning: 1, info: 0 } as const;

/** Error cells red, warning cells yellow; one highlight per cell, the worst severity wins. */
function highlightsOf(findings: Finding[]): Highlight[] {
  const byCell = new Map<string, Highlight>();
  for (const f of findings) {
    if (f.severity === "info") continue;
    const key = `${f.sheet}!${f.cell}`;
    const prev = byCell.get(key);
    if (!prev || RANK[f.severity] > RANK[prev.severity]) {
      byCell.set(key, { sheet: f.sheet, cell: f.cell, severity: f.severity });
    }
  }
  return [...byCell.values()];
}

/** Findings on `home` first, then by sheet, each sheet in reading order. */
function byPlace(found: Finding[], home: string): Finding[] {
  const key = (f: Finding) => {
    const at = parseA1(f.cell);
    return { own: f.sheet === home ? 0 : 1, sheet: f.sheet, r: at.r, c: at.c };
  };
  return found
    .map((f) => ({ f, k: key(f) }))
    .sort(
      (a, b) =>
        a.k.own - b.k.own ||
        (a.k.sheet < b.k.sheet ? -1 : a.k.sheet > b.k.sheet ? 1 : 0) ||
        a.k.r - b.k.r ||
        a.k.c - b.k.c
    )
    .map((x) => x.f);
}

/** A workbook read only for its target forms (`jxzp check --targets FILE`, docs/targets.md). */
export interface TargetBook {
  /** How messages name it (`targets.xlsx`). */
  file: string;
  sheets: SheetData[];
}

/** A target form as a host lists it (to say a `--targets` file holds none). */
export interface TargetFormSummary {
  sheet: string;
  range: string;
  kind: TargetKind;
  project: string;
}

/** Every located form of a grid, target forms read apart from the 自评表. */
function locateSheet(grid: Grid, options: EvaluateOptions, file: string | null) {
  const split = splitTargetForms(grid, locateForms(grid, options));
  return { ...split, targets: split.targets.map((t) => readTargetForm(grid, t, file)) };
}

/**
 * The forms, findings, computed-cell writes and highlights of a workbook's sheets. A target form
 * (绩效目标申报表 / 执行监控表) on any sheet, or in `targetBooks`, is never checked as a 自评表: it is
 * paired with the 自评表 of its project and compared (docs/targets.md); that writes nothing.
 */
export function evaluate(
  sheets: SheetData[],
  options: EvaluateOptions = {},
  targetBooks: readonly TargetBook[] = []
): Evaluation {
  const result: Evaluation = { forms: [], sheetFindings: [], writes: [], highlights: [] };
  const reports = new Map<FormEval, FormReport>();
  const targets: TargetForm[] = [];
  for (const sheet of sheets) {
    const grid = new Grid(sheet);
    // The options resolve into each layout's profile, which the scorer and the rules read in turn.
    const located = locateSheet(grid, options, null);
    targets.push(...located.targets);
    for (const layout of located.forms) {
      const form = evaluateForm(grid, layout);
      const report = formReport(form, runFormRules(form));
      const patch = patchForm(form);
      if (patch.held.length) report.held = patch.held;
      result.forms.push(report);
      result.writes.push(...patch.writes);
      reports.set(form, report);
    }
    result.sheetFindings.push(
      ...runSheetRules({ grid, forms: located.forms, targetForms: located.targets.length })
    );
  }
  for (const book of targetBooks) {
    for (const sheet of book.sheets)
      targets.push(...locateSheet(new Grid(sheet), options, book.file).targets);
  }
  const crossChecked = new Map<FormReport, Finding[]>();
  for (const check of pairTargets([...reports.keys()], targets)) {
    const owner = "form" in check && check.form ? reports.get(check.form) : undefined;
    if (owner)
      crossChecked.set(owner, [...(crossChecked.get(owner) ?? []), ...runTargetRules(check)]);
    else result.sheetFindings.push(...runTargetRules(check));
  }
  // After the form's own findings: those on its sheet, then those on its target forms', in reading order.
  for (const [report, found] of crossChecked) report.findings.push(...byPlace(found, report.sheet));
  result.highlights = highlightsOf([
    ...result.sheetFindings,
    ...result.forms.flatMap((f) => f.findings),
  ]);
  return result;
}

/** The target forms on these sheets (a `--targets` file holding none is the user's mistake). */
export function findTargetForms(sheets: SheetData[]): TargetFormSummary[] {
  return sheets.flatMap((sheet) =>
    locateSheet(new Grid(sheet), {}, null).targets.map((t) => ({
      sheet: t.sheet,
      range: areaA1(t.layout.area),
      kind: t.layout.kind,
      project: t.layout.project,
    }))
  );
}

export { Grid } from "./grid/grid";
export { toA1, parseA1, parseArea, areaA1, colName, inArea } from "./grid/address";
export { RULES } from "./rules";
export { FINDING_CODES } from "./codes";
// The deployment options described for a settings panel and the CLI (docs/rules.md §5).
export {
  DEPLOYMENT_OPTIONS,
  optionValue,
  parseOptionText,
  sanitizeOptions,
  withOptionValue,
} from "./profiles/options";
export type {
  BandsOption,
  ChoiceOption,
  DeploymentOption,
  DeploymentOptionId,
  OptionValue,
  PercentOption,
} from "./profiles/options";
export type { TargetKind } from "./locate/target-form";
export type * from "./types";
export type * from "./report/types";
export * from "./present";
// Cross-form flags over a batch of reports (jxzp check DIR --report, docs/batch-report.md).
export {
  analyzeBatch,
  batchEntries,
  BATCH_CHECKS,
  MIN_COPIED_CHARS,
  MIN_SHARED_INDICATORS,
  textKey,
} from "./batch";
export type { BatchCheck, BatchCode, BatchFinding, BatchFormRef } from "./batch";
export { BATCH_CODES } from "./codes";
