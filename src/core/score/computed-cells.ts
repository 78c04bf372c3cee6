// The computed cells of docs/rules.md §6 with the value each should hold: shared by the patch and the formula check.
import { D, type Dec } from "../decimal";
import type { ComputedRole } from "../types";
import type { FormEval } from "./form";
import { eq2, type NumCell, rateShownEqual } from "./num-cell";

export interface ComputedCell {
  role: ComputedRole;
  cell: NumCell;
  /** The value a recompute writes (a fraction for rates, a grade word for grades). */
  expected: Dec | string;
  /** What a formula in the cell should show: the form's own arithmetic for totals and grades. */
  formulaExpected: Dec | string;
  matches: boolean;
  formulaMatches: boolean;
}

function moneyShownEqual(cell: NumCell, expected: Dec): boolean {
  if (cell.num === null) return false;
  const own = cell.num.decimalPlaces();
  const dp = Math.max(cell.decimals ?? own, 2);
  return cell.num
    .toDecimalPlaces(dp, D.ROUND_HALF_UP)
    .eq(expected.toDecimalPlaces(dp, D.ROUND_HALF_UP));
}

function numeric(
  role: ComputedRole,
  cell: NumCell,
  expected: Dec,
  formulaExpected = expected
): ComputedCell {
  const same = (x: Dec) =>
    role === "rate"
      ? rateShownEqual(cell, x)
      : role === "balance"
        ? moneyShownEqual(cell, x)
        : cell.num !== null && eq2(cell.num, x);
  return {
    role,
    cell,
    expected,
    formulaExpected,
    matches: same(expected),
    formulaMatches: same(formulaExpected),
  };
}

// The rules and the patch all ask for a form's computed cells: list them once per form.
const cache = new WeakMap<FormEval, ComputedCell[]>();

export function computedCells(f: FormEval): ComputedCell[] {
  let cells = cache.get(f);
  if (!cells) {
    // A cell showing an error value (#REF!) is neither compared nor written: CELL_ERROR_VALUE reports
    // it and the recompute holds it (patch/holds.ts).
    cells = listComputedCells(f).filter((c) => !c.cell.error);
    cache.set(f, cells);
  }
  return cells;
}

function listComputedCells(f: FormEval): ComputedCell[] {
  const out: ComputedCell[] = [];
  const fund = f.funding;
  if (fund) {
    for (const row of [fund.total, ...fund.sources]) {
      if (!row) continue;
      const filled = (c: NumCell | null) => c !== null && (row.isTotal || c.kind !== "empty");
      if (row.rate && row.computedRate && filled(row.rate))
        out.push(numeric("rate", row.rate, row.computedRate));
      if (row.balance && row.computedBalance && filled(row.balance)) {
        out.push(numeric("balance", row.balance, row.computedBalance));
      }
    }
    // An unfilled form keeps its blank budget score; a filled-in one is checked and written.
    if (
      fund.scoreCell &&
      fund.computedScore !== null &&
      (!f.unfilled || fund.scoreCell.kind !== "empty")
    ) {
      out.push(numeric("budgetScore", fund.scoreCell, fund.computedScore));
    }
  }
  if (f.unfilled) return out;
  for (const i of f.weighted) {
    const c = i.scoring.computed;
    if (c === null || i.method === "judgment" || i.keepsEntered) {
      if (c !== null && i.score.formula) out.push(numeric("indicatorScore", i.score, c));
      continue;
    }
    out.push(numeric("indicatorScore", i.score, c));
  }
  const t = f.total;
  const complete = f.weighted.every((i) => i.after !== null);
  if (t && t.recomputed && complete) {
    out.push(numeric("total", t.cell, t.recomputed, t.arithmetic ?? t.recomputed));
    if (t.gradeCell && t.recomputedGrade) {
      const expected = t.recomputedGrade;
      const formulaExpected = t.gradeExpected ?? expected;
      out.push({
        role: "grade",
        cell: t.gradeCell,
        expected,
        formulaExpected,
        matches: t.gradeEntered === expected,
        formulaMatches: t.gradeEntered === formulaExpected,
      });
    }
  }
  return out;
}
