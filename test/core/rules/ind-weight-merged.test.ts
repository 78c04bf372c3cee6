// IND_WEIGHT_MERGED: a weight merged over two indicator rows is the group's: counted once, rows not rescored.
import { readXlsx } from "../../../src/cli/read-xlsx";
import { evaluate } from "../../../src/core";
import { buildWorkbookWithMap, type FormMap } from "../../../testkit/fixtures/build";
import { cleanForm } from "../../../testkit/fixtures/forms";
import type { Layout } from "../../../testkit/fixtures/spec";
import { LAYOUTS } from "./harness";

async function mergedWeight(layout: Layout, merge: boolean) {
  const { workbook, forms } = buildWorkbookWithMap({
    sheets: [{ name: "自评表", forms: [{ form: cleanForm(layout), origin: "C5" }] }],
  });
  const map: FormMap = forms[0];
  const [a, b] = map.indicators;
  if (merge) {
    const ws = workbook.getWorksheet("自评表")!;
    ws.getCell(a.cells.weight).value = 30;
    ws.getCell(b.cells.weight).value = null;
    ws.mergeCells(`${a.cells.weight}:${b.cells.weight}`);
  }
  const { sheets } = await readXlsx(Buffer.from(await workbook.xlsx.writeBuffer()));
  return { ev: evaluate(sheets), map };
}

describe.each(LAYOUTS)("IND_WEIGHT_MERGED, %s", (layout) => {
  test("valid: clean form", async () => {
    const { ev } = await mergedWeight(layout, false);
    expect(ev.forms[0].findings.map((f) => f.code)).not.toContain("IND_WEIGHT_MERGED");
  });

  test("invalid: 30 merged over two rows — one warning on the weight, weights still 100, nothing written", async () => {
    const { ev, map } = await mergedWeight(layout, true);
    const codes = ev.forms[0].findings.map((f) => f.code);
    const hits = ev.forms[0].findings.filter((f) => f.code === "IND_WEIGHT_MERGED");
    expect(hits.map((f) => `${f.cell} ${f.severity}`)).toEqual([
      `${map.indicators[0].cells.weight} warning`,
    ]);
    expect(hits[0].message.zh).toContain("合并在 2 行指标上");
    for (const absent of ["WEIGHT_TOTAL", "TOTAL_MISMATCH", "IND_DEVIATION_MISSING"])
      expect(codes).not.toContain(absent);
    expect(ev.writes).toEqual([]);
    expect((ev.forms[0].held ?? []).map((h) => h.role).sort()).toEqual(
      ["grade", "indicatorScore", "indicatorScore", "total"].filter(
        (r) => r !== "grade" || layout !== "central-2020"
      )
    );
  });
});
