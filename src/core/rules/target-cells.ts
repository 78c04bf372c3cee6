// What the target cross-check rules share: where a hit points, how the target form is named, amounts.
import type { Dec } from "../decimal";
import { toA1, type RC } from "../grid/address";
import type { FormEval } from "../score/form";
import { readNum, type NumCell } from "../score/num-cell";
import type { TargetForm } from "../targets/read";
import type { LocalizedText } from "../types";
import type { RuleHit } from "./rule";

/** The target form's cell as a message names it: `监控表!D22`; from a `--targets` file `t.xlsx › 监控表!D22`. */
export function where(t: TargetForm, at: RC): string {
  const cell = `${t.sheet}!${toA1(at.r, at.c)}`;
  return t.file === null ? cell : `${t.file} › ${cell}`;
}

/** The target form by its kind, in both languages. */
export function formName(t: TargetForm): LocalizedText {
  return t.layout.kind === "monitoring"
    ? { zh: "绩效目标执行监控表", en: "the target monitoring form (绩效目标执行监控表)" }
    : { zh: "绩效目标申报表", en: "the target declaration form (绩效目标申报表)" };
}

/**
 * A hit on a cell of the target form: there, on its own sheet, when the form is in the checked
 * workbook; from a `--targets` file (whose cells no host can select) on `fallback`, the 自评表's
 * nearest cell. The message names the target cell either way.
 */
export function targetHit(
  t: TargetForm,
  at: RC,
  fallback: RC,
  hit: Omit<RuleHit, "at" | "sheet">
): RuleHit {
  return t.file === null ? { ...hit, at, sheet: t.sheet } : { ...hit, at: fallback };
}

/** The 自评表's 三级指标 header: where an indicator it lacks is pointed at, failing a better cell. */
export function nameHeader(form: FormEval): RC {
  const ind = form.layout.indicators;
  return ind ? { r: ind.headerRow, c: ind.cols.name } : form.layout.anchor;
}

/**
 * The 自评表's 年初预算数 on its funding total row (else its first source row, else the row right
 * under the header: the WPS export's funding row with no label); of two 年初 columns (目标申报数 +
 * 预算编制数) the last that holds a number. Null when the form has no 年初预算数 column, or when that
 * row's cell belongs to a merge from another column (the next section's text, not an amount).
 */
export function initialBudget(form: FormEval): NumCell | null {
  const f = form.layout.funding;
  if (!f || !f.cols.initial.length) return null;
  const row = f.totalRow ?? f.sourceRows[0] ?? f.headerRow + 1;
  const cells = f.cols.initial.map((c) => readNum(form.grid, row, c));
  if (cells.some((cell, i) => cell.at.c !== f.cols.initial[i])) return null;
  return [...cells].reverse().find((c) => c.kind === "number") ?? cells[cells.length - 1];
}

/** An amount as messages print it: the decimal as written, its unit after it (`190万元`). */
export function amountText(n: Dec, unit: string): string {
  return `${n.toFixed()}${unit}`;
}
