// Shared by the target cross-check tests: a 自评表 and target forms placed on sheets, evaluated.
import { evaluate, type Evaluation, type Finding, type TargetBook } from "../../../src/core";
import type { SheetData } from "../../../src/core/types";
import { gridSheet, type GridForm } from "../../../testkit/fixtures/grid-forms";
import { projectForm } from "../../../testkit/fixtures/layouts";

/** The 自评表 on sheet 自评表 (projectForm() unless given), each target form on a sheet of its own. */
export function workbook(
  targets: Record<string, GridForm>,
  self: GridForm = projectForm()
): SheetData[] {
  return [
    gridSheet("自评表", [self]).sheet,
    ...Object.entries(targets).map(([name, form]) => gridSheet(name, [form]).sheet),
  ];
}

export function run(sheets: SheetData[], books: TargetBook[] = []): Evaluation {
  return evaluate(sheets, {}, books);
}

/** Every finding of an evaluation, forms first. */
export function findings(ev: Evaluation): Finding[] {
  return [...ev.forms.flatMap((f) => f.findings), ...ev.sheetFindings];
}

/** The cross-check's findings only (TARGET_*). */
export function targetFindings(ev: Evaluation): Finding[] {
  return findings(ev).filter((f) => f.code.startsWith("TARGET_"));
}

/** `CODE@Sheet!A1` of each cross-check finding: what a test compares. */
export function where(ev: Evaluation): string[] {
  return targetFindings(ev).map((f) => `${f.code}@${f.sheet}!${f.cell}`);
}
