// Shared by the cross-form checks: a form's reference for the report, and the order flags come in.
import type { BatchEntry, BatchFinding, BatchFormRef } from "./types";

/** A form named for a flag, pointing at `cell` (else the form's first cell). */
export function refOf(entry: BatchEntry, cell?: string): BatchFormRef {
  return {
    file: entry.file,
    sheet: entry.form.sheet,
    cell: cell ?? entry.form.range.split(":")[0],
    project: entry.form.project,
    unit: entry.unitText,
  };
}

/** Groups in first-seen order: a Map keeps insertion order, so the output never depends on hashing. */
export function groupBy<T>(items: T[], key: (item: T) => string | null): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === null) continue;
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** At most `max` characters of a text for a message, with an ellipsis when cut. */
export function excerpt(text: string, max = 40): string {
  const one = text.replace(/\s+/g, " ").trim();
  const chars = [...one];
  return chars.length <= max ? one : chars.slice(0, max).join("") + "…";
}

export type { BatchFinding };
