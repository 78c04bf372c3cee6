// EvaluateOptions (profile, grade bands) given to a port action reach the core's evaluate unchanged.
import { evaluate, type EvaluateOptions, type SheetData } from "../../src/core";
import { sheetToData } from "../../src/cli/read-xlsx";
import { buildWorkbook } from "../../testkit/fixtures/build";
import { seedWorkbookSpec } from "../../testkit/fixtures/seed";
import { emulatorOf, portOf } from "./helpers";

const spec = seedWorkbookSpec("stacked");
/** Bands no seed total reaches: every form grades 差 under them. */
const STRICT: EvaluateOptions = { gradeBands: [100, 100, 100] };

describe("EvaluateOptions through the port", () => {
  const sheets = buildWorkbook(spec).worksheets.map(sheetToData);
  const grades = (o?: EvaluateOptions) => evaluate(sheets, o).forms.map((f) => f.computedGrade);

  it("check grades under the given bands, as the core does with the same options", async () => {
    expect(grades(STRICT)).not.toEqual(grades());
    const r = await portOf(emulatorOf(spec)).check("sheet", STRICT);
    expect(r.evaluation?.forms.map((f) => f.computedGrade)).toEqual(grades(STRICT));
    const plain = await portOf(emulatorOf(spec)).check("sheet");
    expect(plain.evaluation?.forms.map((f) => f.computedGrade)).toEqual(grades());
  });

  it("recompute passes the options to both evaluations (before and after its writes)", async () => {
    const seen: (EvaluateOptions | undefined)[] = [];
    const port = portOf(emulatorOf(spec), {
      evaluate: (data: SheetData[], options?: EvaluateOptions) => {
        seen.push(options);
        return evaluate(data, options);
      },
    });
    const r = await port.recompute("sheet", STRICT);
    expect(r.written).toBeGreaterThan(0);
    expect(seen).toEqual([STRICT, STRICT]);
    expect(r.evaluation?.forms.map((f) => f.computedGrade)).toEqual(grades(STRICT));
  });
});
