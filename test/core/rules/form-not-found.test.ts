// FORM_NOT_FOUND: a sheet without any 自评表 (info, on that sheet).
import { cleanForm } from "../../../testkit/fixtures/forms";
import { ruleTester, SHEET, type Case, type InvalidCase } from "./harness";

/** The one cell written on a sheet without a form. */
const NOTE = "B2";

ruleTester("FORM_NOT_FOUND", {
  valid: [
    { name: "a sheet with a form", spec: cleanForm("shanxi") } satisfies Case,
    {
      name: "every sheet has a form",
      spec: {
        sheets: [
          { name: "表1", forms: [{ form: cleanForm("central-2020") }] },
          { name: "表2", forms: [{ form: cleanForm("sichuan"), origin: "D7" }] },
        ],
      },
    },
  ],
  invalid: [
    {
      name: "a sheet of notes beside a form",
      spec: {
        sheets: [
          { name: SHEET, forms: [{ form: cleanForm("shanxi") }] },
          { name: "填表说明", forms: [], extraCells: { [NOTE]: "填表说明：金额单位为万元。" } },
        ],
      },
      findings: [{ severity: "info", sheet: "填表说明", cell: () => NOTE }],
    },
    {
      name: "a workbook without any form",
      spec: { sheets: [{ name: "Sheet1", forms: [], extraCells: { [NOTE]: 42 } }] },
      findings: [{ severity: "info", sheet: "Sheet1", cell: () => NOTE }],
    },
    {
      name: "an empty sheet",
      spec: {
        sheets: [
          { name: SHEET, forms: [{ form: cleanForm("central-2020") }] },
          { name: "Sheet2", forms: [] },
        ],
      },
      findings: [{ severity: "info", sheet: "Sheet2", cell: () => "A1" }],
    },
  ] satisfies InvalidCase[],
});
