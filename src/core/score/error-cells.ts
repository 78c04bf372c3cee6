// The cells the rules read as numbers (money, rate, weight, score, total) that show an error value instead.
import { rcKey } from "../grid/address";
import type { ErrorValue } from "../grid/cell-error";
import type { ComputedRole } from "../types";
import type { FundRow } from "./funding";
import type { FormEval, IndicatorEval } from "./form";
import type { NumCell } from "./num-cell";

/** What an error cell is on the form, so a message can name it and a recompute can hold what it feeds. */
export type ErrorPlace =
  | {
      kind: "money";
      column: "budget" | "executed" | "initial" | "balance" | "rate";
      row: FundRow;
    }
  | { kind: "budgetWeight" | "budgetScore" | "total" }
  | { kind: "weight" | "score"; indicator: IndicatorEval };

export interface ErrorCell {
  cell: NumCell;
  error: ErrorValue;
  place: ErrorPlace;
  /** The computed role of the cell (a recompute would write it), or null for an input cell. */
  role: ComputedRole | null;
}

const cache = new WeakMap<FormEval, ErrorCell[]>();

/** Every such cell of the form, once per cell (a merge read by two rows counts once). */
export function errorCells(f: FormEval): ErrorCell[] {
  let cells = cache.get(f);
  if (!cells) {
    cells = listErrorCells(f);
    cache.set(f, cells);
  }
  return cells;
}

function listErrorCells(f: FormEval): ErrorCell[] {
  const out: ErrorCell[] = [];
  const seen = new Set<string>();
  const add = (cell: NumCell | null, place: ErrorPlace, role: ComputedRole | null) => {
    if (!cell?.error) return;
    const key = rcKey(cell.at);
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ cell, error: cell.error, place, role });
  };
  const fund = f.funding;
  if (fund) {
    for (const row of [fund.total, ...fund.sources]) {
      if (!row) continue;
      add(row.budget, { kind: "money", column: "budget", row }, null);
      add(row.executed, { kind: "money", column: "executed", row }, null);
      for (const c of row.initial) add(c, { kind: "money", column: "initial", row }, null);
      add(row.balance, { kind: "money", column: "balance", row }, "balance");
      add(row.rate, { kind: "money", column: "rate", row }, "rate");
    }
    add(fund.weightCell, { kind: "budgetWeight" }, null);
    add(fund.scoreCell, { kind: "budgetScore" }, "budgetScore");
  }
  for (const i of f.weighted) {
    add(i.weight, { kind: "weight", indicator: i }, null);
    add(i.score, { kind: "score", indicator: i }, "indicatorScore");
  }
  if (f.total) add(f.total.cell, { kind: "total" }, "total");
  return out;
}
