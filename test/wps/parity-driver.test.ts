// The WPS parity driver on a fixture with writes: the findings of the core, the core's writes as the
// cells hold them afterwards (value + number format), and the re-check after the writes.
import { evaluate, toA1 } from "../../src/core";
import { readWorkbook } from "../../src/files";
import { buildXlsx } from "../../testkit/fixtures/build";
import { mistakesForm } from "../../testkit/fixtures/mistakes";
import { driver } from "../parity/drivers/wps";
import { sortFindings } from "../parity/host-driver";
import { stacked } from "./helpers";

// Each case builds its workbook; a shared CI machine can be several times slower than a laptop.
jest.setTimeout(30_000);

test("the WPS driver reports the core's findings, writes and re-check", async () => {
  const bytes = new Uint8Array(await buildXlsx(stacked(mistakesForm("shanxi"), 2)));
  const sheets = readWorkbook(bytes).sheets;
  const ev = evaluate(sheets);
  const findings = [...ev.sheetFindings, ...ev.forms.flatMap((f) => f.findings)].map((f) => ({
    sheet: f.sheet,
    cell: f.cell,
    code: f.code,
    severity: f.severity,
  }));
  expect(driver.host).toBe("wps");
  expect(sortFindings(await driver.check({ name: "a.xlsx", bytes }))).toEqual(
    sortFindings(findings)
  );
  const rec = await driver.recompute({ name: "a.xlsx", bytes });
  expect(rec).not.toBeNull();
  const format = (sheet: string, cell: string) => {
    const d = sheets.find((s) => s.name === sheet)!;
    const at = ev.writes.find((w) => w.sheet === sheet && w.cell === cell)!;
    return at.numberFormat ?? d.numberFormats?.[at.row - d.top]?.[at.col - d.left] ?? "General";
  };
  expect(rec!.writes).toEqual(
    Object.fromEntries(
      ev.writes.map((w) => [
        `${w.sheet}!${toA1(w.row, w.col)}`,
        { value: w.value, numberFormat: format(w.sheet, w.cell) },
      ])
    )
  );
  expect(rec!.after.filter((f) => f.severity === "error")).toEqual([]);
});
