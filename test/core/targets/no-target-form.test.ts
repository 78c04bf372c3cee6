// Workbooks without a target form: nothing is taken for one, and the cross-check says nothing.
import { evaluate, findTargetForms } from "../../../src/core";
import type { SheetData } from "../../../src/core/types";
import { cleanForm } from "../../../testkit/fixtures/forms";
import { gridSheet } from "../../../testkit/fixtures/grid-forms";
import {
  departmentForm,
  olderFrameworkForm,
  projectForm,
  targetForm,
  TOTAL_SHAPES,
} from "../../../testkit/fixtures/layouts";
import { mistakesForm } from "../../../testkit/fixtures/mistakes";
import { seedWorkbookSpec } from "../../../testkit/fixtures/seed";
import type { Layout, WorkbookSpec } from "../../../testkit/fixtures/spec";
import { loadSpec } from "../load";

const LAYOUTS: Layout[] = ["central-2020", "shanxi", "sichuan"];

const specs: [string, WorkbookSpec][] = [
  ["the seed, stacked, text cells", seedWorkbookSpec("stacked", "text")],
  ["the seed, one per sheet, numbers", seedWorkbookSpec("per-sheet", "numeric")],
  ...LAYOUTS.map((l): [string, WorkbookSpec] => [
    `clean and planted-mistakes ${l} forms`,
    { sheets: [{ name: "自评表", forms: [{ form: cleanForm(l) }, { form: mistakesForm(l) }] }] },
  ]),
];

const grids: [string, SheetData][] = [
  [
    "the issue-10 layouts",
    gridSheet("S", [projectForm(), targetForm(), olderFrameworkForm(), departmentForm()]).sheet,
  ],
  ...Object.entries(TOTAL_SHAPES).map(([name, total]): [string, SheetData] => [
    `total row: ${name}`,
    gridSheet("S", [projectForm({ total })]).sheet,
  ]),
];

function expectNoCrossCheck(sheets: SheetData[]): void {
  expect(findTargetForms(sheets)).toEqual([]);
  const ev = evaluate(sheets);
  const codes = [...ev.forms.flatMap((f) => f.findings), ...ev.sheetFindings].map((f) => f.code);
  expect(codes.filter((c) => c.startsWith("TARGET_"))).toEqual([]);
}

describe("no target form, no cross-check", () => {
  test.each(specs)("%s", async (_name, spec) => {
    expectNoCrossCheck((await loadSpec(spec)).sheets);
  });

  test.each(grids)("%s", (_name, sheet) => {
    expectNoCrossCheck([sheet]);
  });
});
