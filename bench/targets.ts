// The bench's cross-check measure: a workbook with its 申报表 and 执行监控表 checked whole (target forms
// found, paired, compared) against the same sheets checked one at a time (nothing paired).
import { evaluate } from "../src/core";
import { gridSheet } from "../testkit/fixtures/grid-forms";
import { projectForm } from "../testkit/fixtures/layouts";
import { declarationForm, monitoringForm, withTarget } from "../testkit/fixtures/target-forms";
import type { Result } from "./run";
import { ratio } from "./timing";

/** The rows of the cross-check measure. */
export async function targetsBench(): Promise<Result[]> {
  // 20 projects, each with its 自评表, 申报表 (one target changed) and 监控表: 60 sheets.
  const sheets = Array.from({ length: 20 }, (_, i) => {
    const project = `培训项目${i + 1}`;
    const self = projectForm();
    self.rows[2] = ["项目名称", project, ...self.rows[2].slice(2)];
    const set = withTarget("培训人数", { target: "≥120人" });
    return [
      gridSheet(`自评表${i + 1}`, [self]).sheet,
      gridSheet(`申报表${i + 1}`, [declarationForm({ project, indicators: set })]).sheet,
      gridSheet(`监控表${i + 1}`, [monitoringForm({ project })]).sheet,
    ];
  }).flat();
  const r = await ratio(
    () => evaluate(sheets),
    () => sheets.map((s) => evaluate([s])),
    15
  );
  return [
    {
      area: "core",
      measure: "cross-check: 20 自评表 + 40 target forms whole ÷ each sheet alone",
      value: r.ratio,
      unit: "×",
      target: "≤ 1.3×",
      ok: r.ratio <= 1.3,
    },
  ];
}
