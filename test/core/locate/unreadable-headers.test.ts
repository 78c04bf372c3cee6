// A form whose header rows lost their key labels (全年预算数 over the funding block, 得分 over the
// indicators): neither block can be read, yet the form and the one below it keep a proper range.
import { cleanForm } from "../../../testkit/fixtures/forms";
import { headerAbove, stacked } from "./stacked";

test("a form with no readable block still spans its own header (a range such as A1:I12)", () => {
  const forms = [
    { form: cleanForm("central-2020"), origin: "A1" },
    { form: cleanForm("shanxi"), origin: "A1", gapRows: 0 },
  ];
  const { evaluation } = stacked(forms, (ws, [upper]) => {
    ws.getCell(headerAbove(upper.indicators[0].cells.score, upper.rows.indicatorHeader)).value =
      "0";
    ws.getCell(headerAbove(upper.funding.total.cells.budget, upper.rows.fundingHeader)).value =
      "0.00%";
  });
  for (const f of evaluation.forms) expect(f.range).toMatch(/^[A-Z]+\d+:[A-Z]+\d+$/);
});
