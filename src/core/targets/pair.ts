// Pairs the workbook's 自评表 with its target forms (docs/targets.md): one each → paired; several → by
// 项目名称; what pairs with nothing is said so. Each pairing becomes one TargetCheck for the rules.
import type { FormEval } from "../score/form";
import { readIndicatorRows, type IndicatorRow } from "../score/indicator-rows";
import { matchIndicators, type IndicatorMatch } from "./match";
import { projectKey } from "./names";
import type { TargetForm } from "./read";

export type TargetCheck =
  /** A 自评表 and the target form it is compared with. */
  | { kind: "pair"; form: FormEval; target: TargetForm; match: IndicatorMatch }
  /**
   * One side holds nothing to compare: the target form has headers only (`side: "target"`, beside the
   * 自评表 it belongs to, or none), or the 自评表 lists no indicator yet (`side: "self"`, a template).
   */
  | { kind: "empty"; side: "target" | "self"; form: FormEval | null; target: TargetForm }
  /** A 自评表 when target forms exist but none is its project's. */
  | { kind: "unpairedForm"; form: FormEval; targets: TargetForm[] }
  /** A target form of the checked workbook that no 自评表 is of. */
  | { kind: "unpairedTarget"; target: TargetForm };

/** The sheet a check's findings belong to: the 自评表's, else the target form's. */
export function homeSheet(check: TargetCheck): string {
  switch (check.kind) {
    case "pair":
    case "unpairedForm":
      return check.form.grid.name;
    case "empty":
      return check.form?.grid.name ?? check.target.sheet;
    case "unpairedTarget":
      return check.target.sheet;
  }
}

/**
 * The 自评表's rows as compared with a target form: named indicators, each with its 年初 target where
 * the form also has a 调整后指标值 column (the target form sets the former; an adjustment is its own
 * procedure).
 */
function selfRows(form: FormEval): IndicatorRow[] {
  const layout = form.layout.indicators;
  const rows =
    layout && layout.cols.targetAdjusted !== undefined && layout.cols.target !== undefined
      ? readIndicatorRows(form.grid, {
          ...layout,
          cols: { ...layout.cols, targetAdjusted: undefined },
        })
      : form.indicators;
  return rows.filter((r) => r.kind === "indicator" && r.name !== "");
}

/** Declaration first (the targets as set at budget time), then monitoring; sheet order otherwise. */
const RANK = { declaration: 0, monitoring: 1 } as const;

/**
 * `targets` are the checked workbook's target forms, then those of a `--targets` file. Only the
 * workbook's own target forms are reported when unpaired: a `--targets` file may hold every project
 * of a unit, checked one workbook at a time.
 */
export function pairTargets(forms: FormEval[], targets: TargetForm[]): TargetCheck[] {
  if (!targets.length) return [];
  const projects = forms.filter((f) => f.layout.kind === "project");
  const keys = new Set(targets.map((t) => projectKey(t.layout.project)).filter((k) => k !== ""));
  const byForm = new Map<FormEval, TargetForm[]>();
  const unpaired: TargetForm[] = [];
  for (const target of targets) {
    const key = projectKey(target.layout.project);
    let form = key ? projects.find((f) => projectKey(f.layout.project) === key) : undefined;
    // One 自评表 and target forms of one project: paired, whatever their names say.
    if (!form && projects.length === 1 && keys.size <= 1) form = projects[0];
    if (form) byForm.set(form, [...(byForm.get(form) ?? []), target]);
    else unpaired.push(target);
  }
  const checks: TargetCheck[] = [];
  for (const form of projects) {
    const mine = byForm.get(form) ?? [];
    if (!mine.length) {
      checks.push({ kind: "unpairedForm", form, targets });
      continue;
    }
    for (const target of mine.filter((t) => t.empty))
      checks.push({ kind: "empty", side: "target", form, target });
    const filled = mine
      .filter((t) => !t.empty)
      .sort((a, b) => RANK[a.layout.kind] - RANK[b.layout.kind]);
    if (!filled.length) continue;
    const target = filled[0];
    const rows = selfRows(form);
    // An unfilled 自评表 (a template) lacks every indicator by design: said once, not per indicator.
    if (!rows.length) checks.push({ kind: "empty", side: "self", form, target });
    else
      checks.push({ kind: "pair", form, target, match: matchIndicators(target.indicators, rows) });
  }
  for (const target of unpaired.filter((t) => t.file === null)) {
    checks.push(
      target.empty
        ? { kind: "empty", side: "target", form: null, target }
        : { kind: "unpairedTarget", target }
    );
  }
  return checks;
}
