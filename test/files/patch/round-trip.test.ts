// Round trip of `fix`'s writer over every fixture, their LibreOffice re-saves and the WPS samples (via
// LibreOffice): every untouched part byte-identical, every untouched cell's XML identical.
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { strFromU8, unzipSync } from "fflate";
import { readXlsx, sheetsToCheck } from "../../../src/cli/read-xlsx";
import { writeCells, writeHighlights } from "../../../src/cli/write-xlsx";
import { evaluate, type CellWrite } from "../../../src/core";
import { buildXlsx } from "../../../testkit/fixtures/build";
import { cleanForm } from "../../../testkit/fixtures/forms";
import { mistakesForm } from "../../../testkit/fixtures/mistakes";
import { sampleWorkbookSpec } from "../../../testkit/fixtures/sample";
import { seedWorkbookSpec } from "../../../testkit/fixtures/seed";
import type { Layout, WorkbookSpec } from "../../../testkit/fixtures/spec";
import { cellWrite, expectOnlyWrittenCells } from "./identity";
import { convert, describeWithLibreOffice, wpsSamples } from "./libreoffice";
import { sheetParts, partsOf } from "./package-diff";

const LAYOUTS: Layout[] = ["shanxi", "central-2020", "sichuan"];

function fixtureSpecs(): [string, WorkbookSpec][] {
  const one = (name: string, form: ReturnType<typeof cleanForm>): WorkbookSpec => ({
    sheets: [{ name, forms: [{ form }] }],
  });
  return [
    ...LAYOUTS.map((l): [string, WorkbookSpec] => [`clean-${l}`, one("自评表", cleanForm(l))]),
    ...LAYOUTS.map((l): [string, WorkbookSpec] => [
      `mistakes-${l}`,
      one("有错误的表", mistakesForm(l)),
    ]),
    ["seed-stacked-text", seedWorkbookSpec("stacked", "text")],
    ["seed-stacked-numeric", seedWorkbookSpec("stacked", "numeric")],
    ["seed-per-sheet", seedWorkbookSpec("per-sheet")],
    ["sample", sampleWorkbookSpec()],
    [
      "formula-total",
      one(
        "自评表",
        cleanForm("shanxi", {
          funding: { total: { score: { value: 8, numFmt: "0.00" } } },
          total: {
            score: { value: 97, formula: "SUM({ind.score.first}:{ind.score.last})+{fund.score}" },
          },
        })
      ),
    ],
  ];
}

/** Writes for a package the CLI reader cannot open: a number and a text on an empty spot of each sheet. */
function syntheticWrites(bytes: Uint8Array): CellWrite[] {
  const names = [...sheetParts(partsOf(bytes)).keys()];
  return names.flatMap((n) => [cellWrite(n, "AD3", 12.5, "0.00"), cellWrite(n, "AE3", "优")]);
}

interface Case {
  name: string;
  file: string;
}

/** Patches one package with the core's writes (or synthetic ones) and then its highlights; asserts identity. */
async function roundTrip(c: Case): Promise<{ writes: number; readable: boolean }> {
  const input = new Uint8Array(await fs.readFile(c.file));
  let writes: CellWrite[];
  let readable = true;
  try {
    const loaded = await readXlsx(Buffer.from(input));
    writes = evaluate(sheetsToCheck(loaded)).writes;
    if (!writes.length) writes = syntheticWrites(input);
  } catch {
    readable = false;
    writes = syntheticWrites(input);
  }
  const result = writeCells(input, writes);
  expect(result.skipped.filter((s) => s.reason === "no-sheet")).toEqual([]);
  expect(result.applied.length).toBeGreaterThan(0);
  expectOnlyWrittenCells(input, result);
  // Every part of the output is still well-formed enough to unzip, and its written cells read back.
  const out = unzipSync(result.bytes);
  expect(Object.keys(out).sort()).toEqual(Object.keys(unzipSync(input)).sort());
  if (readable) {
    const again = await readXlsx(Buffer.from(result.bytes));
    const second = evaluate(sheetsToCheck(again));
    const highlighted = writeHighlights(
      result.bytes,
      second.highlights,
      second.forms.flatMap((f) => f.findings),
      "zh"
    );
    // Highlights touch the styles, the sheets they mark and the notes' parts; nothing else.
    for (const part of highlighted.changedParts)
      expect(part).toMatch(
        /^(xl\/styles\.xml|xl\/worksheets\/.*|xl\/comments\d+\.xml|xl\/drawings\/vmlDrawing\d+\.vml|\[Content_Types\]\.xml)$/
      );
    await readXlsx(Buffer.from(highlighted.bytes));
  }
  return { writes: result.applied.length, readable };
}

describe("fix's writer over every generated fixture", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "jxzp-patch-fixtures-"));
  });
  afterAll(async () => fs.rm(dir, { recursive: true, force: true }));

  it.each(fixtureSpecs())("%s: only the written cells change", async (name, spec) => {
    const file = path.join(dir, `${name}.xlsx`);
    await fs.writeFile(file, await buildXlsx(spec));
    const r = await roundTrip({ name, file });
    expect(r.readable).toBe(true);
  });

  it("assets/sample.xlsx (the bundled demo): only the written cells change", async () => {
    const r = await roundTrip({ name: "sample", file: path.resolve("assets/sample.xlsx") });
    expect(r.writes).toBeGreaterThan(0);
  });
});

describeWithLibreOffice("fix's writer over LibreOffice re-saves and the WPS samples", () => {
  let dir: string;
  let resaved: string[];
  let wps: string[];
  jest.setTimeout(600_000);

  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "jxzp-patch-lo-"));
    const inputs: string[] = [];
    for (const [name, spec] of fixtureSpecs()) {
      const file = path.join(dir, "in", `${name}.xlsx`);
      await fs.mkdir(path.dirname(file), { recursive: true });
      await fs.writeFile(file, await buildXlsx(spec));
      inputs.push(file);
    }
    const samples = wpsSamples();
    if (process.env.CI && samples.length < 2) throw new Error("the WPS samples are missing");
    const outs = await convert([...inputs, ...samples], "xlsx", path.join(dir, "lo"));
    resaved = outs.slice(0, inputs.length);
    wps = outs.slice(inputs.length);
  });
  afterAll(async () => fs.rm(dir, { recursive: true, force: true }));

  it("patches every LibreOffice re-save leaving every untouched part and cell as it was", async () => {
    for (const file of resaved) {
      const r = await roundTrip({ name: path.basename(file), file });
      expect([path.basename(file), r.readable]).toEqual([path.basename(file), true]);
    }
  });

  it("patches the WPS samples converted by LibreOffice", async () => {
    expect(wps.length).toBeGreaterThan(0);
    for (const file of wps) {
      const r = await roundTrip({ name: path.basename(file), file });
      expect(r.writes).toBeGreaterThan(0);
    }
  });

  it("LibreOffice opens every patched package again and shows the written values", async () => {
    const patched: string[] = [];
    for (const file of [...resaved, ...wps]) {
      const input = new Uint8Array(await fs.readFile(file));
      const out = path.join(dir, "patched", path.basename(file));
      await fs.mkdir(path.dirname(out), { recursive: true });
      await fs.writeFile(out, writeCells(input, syntheticWrites(input)).bytes);
      patched.push(out);
    }
    const again = await convert(patched, "xlsx", path.join(dir, "reopened"));
    for (const file of again) {
      const parts = partsOf(new Uint8Array(await fs.readFile(file)));
      const first = [...sheetParts(parts).values()][0];
      const xml = strFromU8(parts.get(first)!);
      expect([path.basename(file), /<c r="AD3"[^>]*><v>12\.5<\/v>/.test(xml)]).toEqual([
        path.basename(file),
        true,
      ]);
    }
  });
});
