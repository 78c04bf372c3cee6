// The workbook the browser tests open: the demo sample (seed forms + a form full of mistakes), with an
// original fill on a cell that gets highlighted and markup in the project name.
import { buildWorkbookWithMap } from "../../testkit/fixtures/build";
import type { FormMap } from "../../testkit/fixtures/layout-map";
import { SAMPLE_SHEETS, sampleWorkbookSpec } from "../../testkit/fixtures/sample";
import { modelFromExcelJs } from "../../testkit/emulator/from-xlsx";
import type { WorkbookModel } from "../../testkit/emulator";

export const ORIGINAL_FILL = "#DDEBF7";
export const HOSTILE_TEXT =
  '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';

export interface E2eFixture {
  model: WorkbookModel;
  /** The form of the mistakes sheet (the active sheet). */
  form: FormMap;
  /** Every cell the recompute may write on that form (docs/rules.md §6), as A1 addresses. */
  computedCells: Set<string>;
}

export function e2eFixture(): E2eFixture {
  const { workbook, forms } = buildWorkbookWithMap(sampleWorkbookSpec());
  const model = modelFromExcelJs(workbook);
  model.activeSheet = SAMPLE_SHEETS.mistakes;
  const form = forms.find((f) => f.sheet === SAMPLE_SHEETS.mistakes);
  if (!form) throw new Error("sample workbook has no mistakes form");
  const sheet = model.sheets.find((s) => s.name === SAMPLE_SHEETS.mistakes);
  if (!sheet) throw new Error("sample workbook has no mistakes sheet");

  // The total is wrong in this form, so its cell gets highlighted; 清除标记 must bring this back.
  const total = sheet.cells[form.cells.totalScore];
  total.fill = { color: ORIGINAL_FILL };
  sheet.cells[form.cells.project] = { value: `干部教育培训经费${HOSTILE_TEXT}` };

  const t = form.funding.total.cells;
  const computedCells = new Set<string>(
    [
      t.rate,
      t.balance,
      t.score,
      ...form.indicators.map((ind) => ind.cells.score),
      form.cells.totalScore,
      form.cells.grade,
    ].filter((a): a is string => typeof a === "string")
  );
  return { model, form, computedCells };
}
