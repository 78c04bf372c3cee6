// An indicator header printed again inside a block (a page break) is the same form's; one after another
// form's title or 项目名称 starts that form, even when neither a funding header nor a total row lies between.
import { parseArea } from "../../../src/core/grid/address";
import { cleanForm } from "../../../testkit/fixtures/forms";
import { headerAbove, stacked } from "./stacked";

test("after a title, an indicator header starts a new form: the form above lost its 总分, this one its funding header", () => {
  const forms = [
    { form: { ...cleanForm("central-2020"), title: null }, origin: "B1" },
    { form: cleanForm("shanxi"), origin: "A1", gapRows: 0 },
  ];
  const { evaluation } = stacked(forms, (ws, [upper, lower]) => {
    ws.getCell(upper.cells.totalLabel).value = "";
    ws.getCell(headerAbove(lower.funding.total.cells.budget, lower.rows.fundingHeader)).value = "";
  });
  expect(evaluation.forms).toHaveLength(2);
  const [above, below] = evaluation.forms.map((f) => parseArea(f.range));
  expect(below.top).toBeGreaterThan(above.bottom);
  expect(evaluation.forms[0].indicators.map((i) => i.name)).not.toContain("项目支出绩效自评表");
});
