// One pass over a grid collecting every text cell with its normalised label, row by row.
import type { Grid } from "../grid/grid";
import { normLabel } from "../text/normalize";

export interface LabelCell {
  r: number;
  c: number;
  /** The cell text as written (trimmed). */
  raw: string;
  /** normLabel(raw). */
  label: string;
}

/** Text cells by row; merge children are skipped (their label is the master's). */
export type LabelIndex = Map<number, LabelCell[]>;

/** The labels of rows `from`…`to` (the whole grid by default). */
export function scanLabels(grid: Grid, from = grid.top, to = grid.bottom): LabelIndex {
  const index: LabelIndex = new Map();
  // Stacked forms repeat the same labels: normalise each distinct text once.
  const seen = new Map<string, string>();
  if (grid.isEmpty) return index;
  for (let r = Math.max(from, grid.top); r <= Math.min(to, grid.bottom); r++) {
    let row: LabelCell[] | undefined;
    for (const c of grid.columnsOf(r)) {
      const v = grid.raw(r, c);
      if (typeof v !== "string") continue;
      const raw = v.trim();
      if (!raw || grid.isMergeChild(r, c)) continue;
      let label = seen.get(raw);
      if (label === undefined) {
        label = normLabel(raw);
        seen.set(raw, label);
      }
      (row ??= []).push({ r, c, raw, label });
    }
    if (row) index.set(r, row);
  }
  return index;
}

/** Right edge of a cell including its merge. */
export function cellRight(grid: Grid, r: number, c: number): number {
  return grid.merge(r, c)?.right ?? c;
}
