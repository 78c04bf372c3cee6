// The two real WPS-saved .xls workbooks, loaded into the fake ET (through src/files) and driven
// through the WPS adapter: the same findings and writes as the core on the same bytes, only computed
// cells change, and the parity driver reports the same.
import * as fs from "fs";
import { evaluate } from "../../src/core";
import { readWorkbook } from "../../src/files";
import { WPS_SAMPLES, wpsSample, wpsSamplesPresent } from "../../testkit/samples";
import { fakeBookFromBytes } from "../../testkit/wps-fake";
import { driver } from "../parity/drivers/wps";
import { sortFindings } from "../parity/host-driver";
import { changedCells, contentsOf, findingKeys, rigOf } from "./helpers";

// Each case builds its workbook; a shared CI machine can be several times slower than a laptop.
jest.setTimeout(30_000);

const present = wpsSamplesPresent();
const maybe = present ? describe : describe.skip;

maybe.each(WPS_SAMPLES)("WPS sample %s", (name) => {
  const bytes = present ? new Uint8Array(fs.readFileSync(wpsSample(name))) : new Uint8Array();

  test("check finds what the core finds on the visible sheets", async () => {
    const read = readWorkbook(bytes, name);
    const visible = read.sheets.filter((_, i) => read.sheetInfo[i].state === "visible");
    const direct = evaluate(visible);
    const { port } = rigOf(fakeBookFromBytes(bytes, name));
    const r = await port.check("workbook");
    expect(direct.forms.length).toBeGreaterThan(0);
    expect(r.evaluation?.forms.length).toBe(direct.forms.length);
    expect(findingKeys(r.evaluation)).toEqual(findingKeys(direct));
  });

  test("recompute changes exactly the core's writes, and undo puts the workbook back", async () => {
    const read = readWorkbook(bytes, name);
    const visible = read.sheets.filter((_, i) => read.sheetInfo[i].state === "visible");
    // The samples are WPS exports of a project library: their forms are read, none needs a write.
    const writes = evaluate(visible).writes;
    const book = fakeBookFromBytes(bytes, name);
    const before = contentsOf(book);
    const { port } = rigOf(book);
    const r = await port.recompute("workbook");
    expect(r.written).toBe(writes.length);
    expect(changedCells(before, contentsOf(book))).toEqual(
      writes.map((w) => `${w.sheet}!${w.row},${w.col}`).sort()
    );
    if (writes.length) await port.undo();
    expect(changedCells(before, contentsOf(book))).toEqual([]);
  });

  test("the parity driver answers the same findings", async () => {
    const read = readWorkbook(bytes, name);
    const visible = read.sheets.filter((_, i) => read.sheetInfo[i].state === "visible");
    const direct = evaluate(visible);
    const expected = [...direct.sheetFindings, ...direct.forms.flatMap((f) => f.findings)].map(
      (f) => ({
        sheet: f.sheet,
        cell: f.cell,
        code: f.code,
        severity: f.severity,
      })
    );
    expect(sortFindings(await driver.check({ name, bytes }))).toEqual(sortFindings(expected));
    const rec = await driver.recompute({ name, bytes });
    expect(Object.keys(rec?.writes ?? {})).toHaveLength(direct.writes.length);
  });
});
