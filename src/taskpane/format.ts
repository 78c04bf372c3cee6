// Display helpers of the pane: cell references, percentages, and the findings of an evaluation in list order.
import Decimal from "decimal.js";
import type { Evaluation } from "../core/report/types";
import type { Finding, Severity } from "../core/types";

export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

/** `Sheet1!B7`, quoting sheet names that Excel would quote (`'My sheet'!B7`). */
export function cellRef(sheet: string, cell: string): string {
  const plain = /^[A-Za-z_\u4e00-\u9fff][\w.\u4e00-\u9fff]*$/.test(sheet);
  return plain ? `${sheet}!${cell}` : `'${sheet.replace(/'/g, "''")}'!${cell}`;
}

/** A fraction as a percentage with two decimals (`"0.895525"` → `"89.55%"`); other text unchanged. */
export function percent(fraction: string | null): string | null {
  if (fraction === null) return null;
  try {
    return `${new Decimal(fraction).times(100).toFixed(2, Decimal.ROUND_HALF_UP)}%`;
  } catch {
    return fraction;
  }
}

/** True when both scores are present and differ as numbers (`"8.960"` equals `"8.96"`). */
export function scoresDiffer(entered: string | null, computed: string | null): boolean {
  if (entered === null || computed === null) return false;
  try {
    return !new Decimal(entered).equals(new Decimal(computed));
  } catch {
    return entered.trim() !== computed.trim();
  }
}

/** Every finding of the evaluation (sheet-level first, then form by form), grouped by severity. */
export function groupFindings(evaluation: Evaluation): Record<Severity, Finding[]> {
  const groups: Record<Severity, Finding[]> = { error: [], warning: [], info: [] };
  const all = [...evaluation.sheetFindings, ...evaluation.forms.flatMap((form) => form.findings)];
  for (const finding of all) groups[finding.severity].push(finding);
  return groups;
}

/** React keys from code + sheet + cell; a repeat of the same triple gets a counter, not an index. */
export function findingKeys(findings: readonly Finding[]): string[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const base = `${f.code}|${f.sheet}|${f.cell}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return n === 0 ? base : `${base}|${n}`;
  });
}
