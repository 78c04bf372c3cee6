// The core's one entry: sheets in, forms + findings + computed-cell writes + highlights out.
import { Grid } from "./grid/grid";
import { locateForms } from "./locate/locate";
import { patchForm } from "./patch/patch";
import { formReport } from "./report/form-report";
import type { Evaluation } from "./report/types";
import { runFormRules, runSheetRules } from "./rules/run";
import { evaluateForm } from "./score/form";
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

export function evaluate(sheets: SheetData[], options: EvaluateOptions = {}): Evaluation {
  const result: Evaluation = { forms: [], sheetFindings: [], writes: [], highlights: [] };
  for (const sheet of sheets) {
    const grid = new Grid(sheet);
    // The options resolve into each layout's profile, which the scorer and the rules read in turn.
    const layouts = locateForms(grid, options);
    for (const layout of layouts) {
      const form = evaluateForm(grid, layout);
      const report = formReport(form, runFormRules(form));
      const patch = patchForm(form);
      if (patch.held.length) report.held = patch.held;
      result.forms.push(report);
      result.writes.push(...patch.writes);
    }
    result.sheetFindings.push(...runSheetRules({ grid, forms: layouts }));
  }
  result.highlights = highlightsOf([
    ...result.sheetFindings,
    ...result.forms.flatMap((f) => f.findings),
  ]);
  return result;
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
