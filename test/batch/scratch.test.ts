import { evaluate } from "../../src/core";
import { readXlsx } from "../../src/cli/read-xlsx";
import { buildXlsx } from "../../testkit/fixtures/build";
import { cleanForm } from "../../testkit/fixtures/forms";
import { seedWorkbookSpec } from "../../testkit/fixtures/seed";
test("x", async () => {
  for (const l of ["shanxi", "central-2020", "sichuan"] as const) {
    const { sheets } = await readXlsx(await buildXlsx({ sheets: [{ name: "a", forms: [{ form: cleanForm(l) }] }] }));
    const f = evaluate(sheets).forms[0];
    console.log(l, f.unit, f.department, JSON.stringify(f.goals), f.indicators.map((i) => i.deviation));
  }
  const { sheets } = await readXlsx(await buildXlsx(seedWorkbookSpec("stacked", "text")));
  for (const f of evaluate(sheets).forms) console.log(f.project, f.unit, f.department, JSON.stringify(f.goals), f.indicators.map((i) => i.deviation));
});
