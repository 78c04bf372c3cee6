// What a recompute must not write, and why: a reading that is not certain, or a result that cannot be.
import type { RC } from "../grid/address";
import { computedCells } from "../score/computed-cells";
import { errorCells } from "../score/error-cells";
import type { FormEval } from "../score/form";
import type { NumCell } from "../score/num-cell";
import type { ComputedRole, LocalizedText } from "../types";

export interface Holds {
  /** The whole form is refused: nothing on it is written. */
  refused: LocalizedText | null;
  /** Cells held with their reason (the budget score, merged-weight scores, the total, the grade). */
  cells: { at: RC; role: ComputedRole; reason: LocalizedText }[];
  /** Roles no write may touch on this form (the total and grade when a score under them is held). */
  blocked: Set<ComputedRole>;
}

const text = (zh: string, en: string): LocalizedText => ({ zh, en });

function moneyDoubt(cell: NumCell, zh: string, en: string): LocalizedText | null {
  if (cell.kind === "number") return null;
  if (cell.error) return text(`${zh}显示 ${cell.error}`, `the ${en} shows ${cell.error}`);
  if (cell.formula && cell.kind === "empty")
    return text(`${zh}的公式没有计算结果`, `the formula of the ${en} shows no result`);
  if (cell.kind === "empty") return text(`${zh}未填写`, `the ${en} is blank`);
  return text(`${zh}“${cell.raw}”不是数字`, `the ${en} “${cell.raw}” is not a number`);
}

/** Why the funding block's rate (and so any score from it) cannot be computed. */
function rateDoubt(fund: NonNullable<FormEval["funding"]>): LocalizedText | null {
  if (!fund.total) return null;
  return (
    moneyDoubt(fund.total.budget, "全年预算数", "budget") ??
    moneyDoubt(fund.total.executed, "全年执行数", "executed amount") ??
    text(
      "全年预算数为 0 或为负，执行率无法计算",
      "the budget is 0 or negative, so no execution rate can be computed"
    )
  );
}

/** Why the budget score cannot be computed on a filled-in form, or null when it can. */
function fundingDoubt(f: FormEval): LocalizedText | null {
  const fund = f.funding;
  if (!fund?.total || !fund.scoreCell || fund.computedScore !== null || f.unfilled) return null;
  // A department form's budget score is never computed: nothing is held for want of one.
  if (f.layout.kind === "department") return null;
  return rateDoubt(fund);
}

/** A form-wide reason to write nothing: weights that cannot be right, or a result no form can have. */
function refusal(f: FormEval): LocalizedText | null {
  if (f.weightsAsPercent)
    return text(
      "分值按百分比填写（如 20%），应填分数（20）",
      "the weights are typed as percentages (20%) instead of points (20)"
    );
  const weightError = f.weighted.find((i) => i.weight?.error);
  if (weightError)
    return text(
      `指标“${weightError.name}”的分值显示 ${weightError.weight!.error}`,
      `the weight of “${weightError.name}” shows ${weightError.weight!.error}`
    );
  if (f.hasWeightColumn && f.weighted.some((i) => i.weightValue === null))
    return text("有指标缺少分值或分值不是数字", "an indicator has no weight, or not a number");
  const ind = f.indicatorWeightSum;
  if (ind !== null && f.funding && f.weighted.length) {
    const sum = ind.plus(f.funding.weight);
    if (!sum.eq(100))
      return text(
        `分值合计为 ${sum.toFixed()}，不是 100`,
        `the weights add up to ${sum.toFixed()}, not 100`
      );
  }
  const over = f.weighted.find(
    (i) =>
      i.after !== null && i.weightValue !== null && !i.weightMerged && i.after.gt(i.weightValue)
  );
  if (over)
    return text(
      `指标“${over.name}”的得分将超过分值`,
      `the score of “${over.name}” would exceed its weight`
    );
  const total = f.total?.recomputed;
  if (total && total.gt(100))
    return text(
      `重新计算的总分 ${total.toFixed()} 超过 100`,
      `the recomputed total ${total.toFixed()} is above 100`
    );
  return null;
}

export function holdsOf(f: FormEval): Holds {
  const cells: Holds["cells"] = [];
  const blocked = new Set<ComputedRole>();
  const refused = refusal(f);
  if (refused) return { refused, cells, blocked };
  // Reasons the total (and so the grade) depends on something not read for sure.
  const totalDoubts: LocalizedText[] = [];
  const fund = fundingDoubt(f);
  if (fund && f.funding?.scoreCell) {
    cells.push({ at: f.funding.scoreCell.at, role: "budgetScore", reason: fund });
    totalDoubts.push(text(`预算执行率得分无法计算（${fund.zh}）`, `no budget score (${fund.en})`));
  }
  // The older framework's 预算执行率 row is scored from the rate: without one, it is held like a budget score.
  const rateRow = f.weighted.find((i) => i.budgetRate && i.scoring.computed === null);
  const rowDoubt = rateRow && !f.unfilled && f.funding ? rateDoubt(f.funding) : null;
  if (rateRow && rowDoubt) {
    cells.push({ at: rateRow.score.at, role: "indicatorScore", reason: rowDoubt });
    totalDoubts.push(
      text(`预算执行率得分无法计算（${rowDoubt.zh}）`, `no budget score (${rowDoubt.en})`)
    );
  }
  const merged = f.weighted.filter((i) => i.weightMerged);
  for (const i of merged) {
    cells.push({
      at: i.score.at,
      role: "indicatorScore",
      reason: text(
        "分值合并在多行指标上，无法逐项计算得分",
        "the weight is merged over several indicator rows, so no row can be scored on its own"
      ),
    });
  }
  if (merged.length)
    totalDoubts.push(
      text("有分值合并在多行指标上", "a weight is merged over several indicator rows")
    );
  // A computed cell showing #REF! is never overwritten (CELL_ERROR_VALUE asks for the formula to be
  // fixed); a total summing a score that shows one would be a guess.
  for (const e of errorCells(f)) {
    if (e.role === "total") {
      totalDoubts.push(text(`总分单元格显示 ${e.error}`, `the total cell shows ${e.error}`));
      continue;
    }
    if (e.role === null || e.cell.formula) continue;
    cells.push({
      at: e.cell.at,
      role: e.role,
      reason: text(
        `单元格显示 ${e.error}，请先改正`,
        `the cell shows ${e.error}; correct it first`
      ),
    });
  }
  const scoreError = errorCells(f).find(
    (e) => e.role === "indicatorScore" || e.role === "budgetScore"
  );
  if (scoreError)
    totalDoubts.push(
      text(`有得分单元格显示 ${scoreError.error}`, `a score cell shows ${scoreError.error}`)
    );
  const unparsed = f.weighted.find((i) => i.scoring.unparsed !== null);
  if (unparsed)
    totalDoubts.push(
      text(`指标“${unparsed.name}”的值无法识别`, `the values of “${unparsed.name}” cannot be read`)
    );
  const t = f.total;
  if (t && f.layout.kind === "department") {
    // Its rate and balance are arithmetic; its total and grade follow the department's own scheme.
    const why = text(
      "部门整体支出绩效自评表按本部门的评分办法计分，总分与等级只检查、不改写",
      "a department-wide form is scored by the department's own scheme: its total and grade are checked, not rewritten"
    );
    for (const c of computedCells(f)) {
      if ((c.role === "total" || c.role === "grade") && !c.matches && !c.cell.formula)
        cells.push({ at: c.cell.at, role: c.role, reason: why });
    }
    blocked.add("total");
    blocked.add("grade");
    return { refused, cells, blocked };
  }
  if (t && totalDoubts.length) {
    const why = totalDoubts[0];
    cells.push({ at: t.cell.at, role: "total", reason: why });
    blocked.add("total");
    if (t.gradeCell) cells.push({ at: t.gradeCell.at, role: "grade", reason: why });
    blocked.add("grade");
  } else if (t?.cell.formula && t.gradeCell && t.recomputedGrade === null) {
    // The grade beside a total formula follows what the formula will show: unknown, or a wrong formula.
    const after = t.formulaAfter;
    cells.push({
      at: t.gradeCell.at,
      role: "grade",
      reason:
        after === null
          ? text(
              "总分是公式，无法预先算出写入后的结果，请在表格重新计算后核对等级",
              "the total is a formula whose result after the writes cannot be known here; check the grade after recalculation"
            )
          : text(
              `总分公式将显示 ${after.toFixed()}，与各项得分之和不符，请先改正公式`,
              `the total formula will show ${after.toFixed()}, not the sum of the scores; correct the formula first`
            ),
    });
    blocked.add("grade");
  }
  return { refused, cells, blocked };
}
