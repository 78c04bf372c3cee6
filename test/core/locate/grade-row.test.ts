// Sichuan forms put 自评等级 on a row of its own under 总分: that row belongs to the form's range.
import { inArea, parseA1, parseArea } from "../../../src/core/grid/address";
import { mistakesForm } from "../../../testkit/fixtures/mistakes";
import { stacked } from "./stacked";

test("a sichuan form's range includes its 自评等级 row below the total", () => {
  const { evaluation, maps } = stacked([{ form: mistakesForm("sichuan") }]);
  const grade = parseA1(maps[0].cells.grade as string);
  expect(maps[0].rows.grade).toBeGreaterThan(maps[0].rows.total);
  expect(inArea(parseArea(evaluation.forms[0].range), grade.r, grade.c)).toBe(true);
});
