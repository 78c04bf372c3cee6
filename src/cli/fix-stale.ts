// The re-check after `fix`: findings that only compare a formula's stale cached result are set aside.
import type { FileReport, Finding, Highlight } from "../core";
import { readsStaleResult, totalIsStale } from "../files/patch/stale";

export interface SplitReport {
  report: FileReport;
  /** Findings not re-checked: they read a formula result the host recalculates on open. */
  unchecked: Finding[];
}

/**
 * `report` without the findings on formula cells in `stale` (their cached result predates the
 * writes) nor the grade findings of a form whose total is such a formula.
 */
export function withoutStale(report: FileReport, stale: Set<string>): SplitReport {
  if (!stale.size) return { report, unchecked: [] };
  const unchecked: Finding[] = [];
  const keep = (f: Finding, totalStale: boolean): boolean => {
    const reads = readsStaleResult(f, stale, totalStale);
    if (reads) unchecked.push(f);
    return !reads;
  };
  const forms = report.forms.map((form) => {
    const totalStale = totalIsStale(form, stale);
    return { ...form, findings: form.findings.filter((f) => keep(f, totalStale)) };
  });
  const findings = report.findings?.filter((f) => keep(f, false));
  return { report: { ...report, forms, ...(findings ? { findings } : {}) }, unchecked };
}

/** The core's highlights on cells that still have a finding once the stale ones are set aside. */
export function keptHighlights(highlights: Highlight[], kept: Finding[]): Highlight[] {
  const cells = new Set(kept.map((f) => `${f.sheet}!${f.cell}`));
  return highlights.filter((h) => cells.has(`${h.sheet}!${h.cell}`));
}
