// Where an indicator finding points: the cell of the value it is about, falling back to the score cell.
import type { RC } from "../grid/address";
import { eq2 } from "../score/num-cell";
import type { FormEval, IndicatorEval } from "../score/form";
import { squash } from "../text/normalize";
import type { LocalizedText } from "../types";
import type { Parsed } from "../values/parse";

export function targetAt(i: IndicatorEval): RC {
  return i.targetCell ?? i.score.at;
}

export function actualAt(i: IndicatorEval): RC {
  return i.actualCell ?? i.score.at;
}

/** The indicator's name for messages, or its row when unnamed. */
export function label(i: IndicatorEval): LocalizedText {
  return i.name
    ? { zh: `“${i.name}”`, en: `“${i.name}”` }
    : { zh: `第 ${i.row + 1} 行指标`, en: `the indicator on row ${i.row + 1}` };
}

/**
 * The score is wrong only by the deployment's overachievement policy (docs/rules.md §5): points not
 * taken off under `deduct`, or taken off under `no-deduction`. IND_SCORE_MISMATCH reports it with the
 * policy's words; IND_OVERACHIEVED then says nothing more of the row (one problem, one finding).
 */
export function overachieveScoreWrong(i: IndicatorEval): "deduct" | "no-deduction" | null {
  const e = i.entered;
  const c = i.scoring.computed;
  if (e === null || c === null || i.score.formula || eq2(e, c)) return null;
  if (i.scoring.overachieveDeducted && e.gt(c)) return "deduct";
  if (i.scoring.deductionForbidden && e.lt(c)) return "no-deduction";
  return null;
}

/** The 三级指标 cell of a row (the score cell when the layout has no name column). */
export function nameAt(f: FormEval, i: IndicatorEval): RC {
  const col = f.layout.indicators?.cols.name;
  return col === undefined ? i.score.at : f.grid.anchor(i.row, col);
}

/** The name cell as typed, before `★` or `指标1:` prefixes are dropped. */
export function rawName(f: FormEval, i: IndicatorEval): string {
  const col = f.layout.indicators?.cols.name;
  return col === undefined ? "" : f.grid.text(i.row, col);
}

/**
 * Text a template left for the clerk to replace (docs/rules.md §4 "Indicator quality"): `**`, `≥**%`,
 * `XX`, `××`, or a bare `指标1` / `指标二`.
 */
export function isTemplatePlaceholder(text: string): boolean {
  const t = squash(text);
  return /\*{2,}|[XxＸｘ×]{2,}/.test(t) || /^指标[0-9一二三四五六七八九十]+[:：.、]?$/.test(t);
}

/** Rates that can pass 100%: growth, increases, ratios to a base or a plan (完成率 = actual ÷ plan). */
const MAY_EXCEED =
  /增长|增幅|增速|增加|提高|提升|上涨|同比|环比|超额|倍|比上年|较上年|完成率|达成率/;

function over100(p: Parsed): boolean {
  return (
    p.number !== undefined &&
    p.unit?.dim === "percent" &&
    p.unit.factor.eq(1) &&
    p.number.gt(100) &&
    p.comparator !== "le" &&
    p.comparator !== "lt"
  );
}

/** The target or actual of a rate or 满意度 indicator is above 100% (IND_PERCENT_OVER_FULL). */
export function percentOverFull(i: IndicatorEval, which: "target" | "actual"): boolean {
  if (!/率|满意/.test(`${i.level2}${i.name}`) || MAY_EXCEED.test(i.name)) return false;
  return over100(which === "target" ? i.target : i.actual);
}
