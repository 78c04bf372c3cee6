// Builds the JSON-report view (docs/report.md, v1) of one evaluated form.
import { decStr } from "../decimal";
import { areaA1, toA1 } from "../grid/address";
import type { FormEval } from "../score/form";
import type { Finding } from "../types";
import { formTexts } from "./form-texts";
import type { FormReport, IndicatorReport, ScoreReport } from "./types";

const num = (c: { num: import("../decimal").Dec | null; raw: string } | null | undefined) =>
  c ? (c.num !== null ? c.num.toFixed() : c.raw || null) : null;

export function formReport(f: FormEval, findings: Finding[]): FormReport {
  const l = f.layout;
  const fund = f.funding;
  const scoreAt =
    fund?.scoreCell?.at ?? (fund?.total ? { r: fund.total.row, c: fund.layout.right } : l.anchor);
  const indicators: IndicatorReport[] = f.indicators
    .filter((i) => i.kind !== "placeholder")
    .map((i) => {
      const r: IndicatorReport = {
        cell: toA1(i.score.at.r, i.score.at.c),
        level1: i.level1,
        level2: i.level2,
        name: i.name,
        target: i.targetText,
        actual: i.actualText,
        weight: i.weight ? num(i.weight) : null,
        method: i.method,
        entered: num(i.score),
        computed: decStr(i.scoring.computed),
      };
      if (i.kind === "breakdown") r.breakdown = true;
      if (!i.deviationEmpty && i.deviationCell) {
        r.deviation = i.deviation;
        r.deviationCell = toA1(i.deviationCell.r, i.deviationCell.c);
      }
      return r;
    });
  const t = f.total;
  const total: ScoreReport = {
    cell: l.total ? toA1(l.total.scoreCell.r, l.total.scoreCell.c) : toA1(l.anchor.r, l.anchor.c),
    entered: t ? num(t.cell) : null,
    computed: t ? decStr(t.recomputed) : null,
  };
  const texts = formTexts(f.grid, l);
  return {
    sheet: l.sheet,
    range: areaA1(l.area),
    ...(l.kind === "department" ? { kind: "department" as const } : {}),
    project: l.project,
    ...(texts.unit ? { unit: texts.unit } : {}),
    ...(texts.department ? { department: texts.department } : {}),
    ...(texts.goals && (texts.goals.target || texts.goals.actual) ? { goals: texts.goals } : {}),
    profile: l.profile.id,
    year: l.year,
    budget: {
      cell: toA1(scoreAt.r, scoreAt.c),
      planned: fund?.total ? num(fund.total.budget) : null,
      executed: fund?.total ? num(fund.total.executed) : null,
      rate: fund?.rate ? fund.rate.toDecimalPlaces(6).toFixed() : null,
      weight: fund ? fund.weight.toFixed() : "0",
      entered: num(fund?.scoreCell),
      computed: decStr(fund?.computedScore),
    },
    indicators,
    total,
    grade:
      t && t.gradeCell
        ? {
            cell: toA1(t.gradeCell.at.r, t.gradeCell.at.c),
            entered: t.gradeEntered || null,
            computed: t.recomputedGrade,
          }
        : null,
    computedGrade: t?.recomputedGrade ?? null,
    findings,
  };
}
