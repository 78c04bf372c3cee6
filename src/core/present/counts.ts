// Severity counts and the verdict of a set of findings, and findings grouped by severity in list order.
import type { Evaluation } from "../report/types";
import type { Finding, Severity } from "../types";

/** Most severe first: the order every host lists and counts findings in. */
export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

/** Named like the JSON report's summary (`errors`, `warnings`, `infos`). */
export interface SeverityCounts {
  errors: number;
  warnings: number;
  infos: number;
}

/** The counts of an evaluation, with its number of forms. */
export interface FindingTally extends SeverityCounts {
  forms: number;
}

/** `fail` when any error (the CLI exits 1), `warn` when only warnings, else `pass`. */
export type Verdict = "fail" | "warn" | "pass";

/** The one severity count: findings of each severity. */
export function severityCounts(findings: readonly Finding[]): SeverityCounts {
  const counts: SeverityCounts = { errors: 0, warnings: 0, infos: 0 };
  const key = { error: "errors", warning: "warnings", info: "infos" } as const;
  for (const f of findings) counts[key[f.severity]]++;
  return counts;
}

/** Every finding of an evaluation: sheet-level first (FORM_NOT_FOUND ...), then form by form. */
export function findingsOf(evaluation: Pick<Evaluation, "forms" | "sheetFindings">): Finding[] {
  return [...evaluation.sheetFindings, ...evaluation.forms.flatMap((form) => form.findings)];
}

/** Forms and findings of an evaluation, counted. */
export function tally(evaluation: Pick<Evaluation, "forms" | "sheetFindings">): FindingTally {
  return { forms: evaluation.forms.length, ...severityCounts(findingsOf(evaluation)) };
}

export function verdictOf(counts: SeverityCounts): Verdict {
  if (counts.errors > 0) return "fail";
  return counts.warnings > 0 ? "warn" : "pass";
}

/** The findings split by severity, each group in the order given. */
export function groupBySeverity(findings: readonly Finding[]): Record<Severity, Finding[]> {
  const groups: Record<Severity, Finding[]> = { error: [], warning: [], info: [] };
  for (const f of findings) groups[f.severity].push(f);
  return groups;
}
