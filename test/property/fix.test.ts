// Property of `jxzp fix`: the output differs from its input only in the computed cells it wrote —
// every package part byte-identical but the written sheets (and styles / calcPr), every other cell's
// XML identical; and, read back, every cell, style, merge, sheet, defined name and page setup.
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import fc from "fast-check";
import { readXlsx, sheetsToCheck } from "../../src/cli/read-xlsx";
import { evaluate } from "../../src/core";
import { runCli } from "../cli/run-cli";
import { expectOnlyCellsChanged } from "../files/patch/identity";
import { caseArb } from "./arbitraries";
import { check, runsFor } from "./fuzz-config";
import { buildCase, computedCellsOf } from "./mutate";

interface CellDump {
  type: number;
  value: string;
  formula: string | null;
  style: Record<string, unknown>;
}

function dumpValue(value: ExcelJS.CellValue): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v instanceof Date ? `Date(${v.toISOString()})` : v
  );
}

function formulaOf(cell: ExcelJS.Cell): string | null {
  if (cell.type !== ExcelJS.ValueType.Formula) return null;
  try {
    return cell.formula ?? "";
  } catch {
    return "<unreadable>";
  }
}

function cellsOf(ws: ExcelJS.Worksheet): Map<string, CellDump> {
  const out = new Map<string, CellDump>();
  ws.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (cell) => {
      const merged = cell.type === ExcelJS.ValueType.Merge;
      out.set(cell.address, {
        type: cell.type,
        value: merged ? `merged:${cell.master.address}` : dumpValue(cell.value),
        formula: formulaOf(cell),
        style: JSON.parse(JSON.stringify(cell.style ?? {})) as Record<string, unknown>,
      });
    })
  );
  return out;
}

/** Everything of a sheet but its cells. */
function sheetShape(ws: ExcelJS.Worksheet): unknown {
  return {
    name: ws.name,
    state: ws.state,
    merges: [...ws.model.merges].sort(),
    widths: (ws.columns ?? []).map((c) => c.width ?? null),
    heights: ws.getRows(1, ws.rowCount)?.map((r) => r.height ?? null) ?? [],
    pageSetup: ws.pageSetup,
    views: ws.views,
  };
}

const BLANK_STYLE = JSON.stringify({});

function sameStyleExceptNumFmt(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const strip = (s: Record<string, unknown>) => JSON.stringify({ ...s, numFmt: undefined });
  return strip(a) === strip(b);
}

describe("jxzp fix properties", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "jxzp-fuzz-fix-"));
  });
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });
  jest.setTimeout(600_000);

  test("fix changes only the computed cells it writes", async () => {
    await check(
      "fix changes only computed cells",
      fc.asyncProperty(caseArb({ maxForms: 2 }), async (c) => {
        const built = buildCase(c);
        const first = built.workbook.worksheets[0];
        built.workbook.definedNames.add(`'${first.name}'!$A$1:$B$2`, "jxzp_fuzz_name");
        const input = path.join(dir, "in.xlsx");
        const out = path.join(dir, "out.xlsx");
        await fs.rm(out, { force: true });
        await built.workbook.xlsx.writeFile(input);
        const inputBytes = await fs.readFile(input);

        const r = await runCli(["fix", input, "-o", out]);
        if (r.code === 2) throw new Error(`fix failed: ${r.stderr}: ${JSON.stringify(c)}`);
        expect(await fs.readFile(input)).toEqual(inputBytes);

        const loaded = await readXlsx(inputBytes);
        const writes = evaluate(sheetsToCheck(loaded)).writes;
        const allowed = new Set(writes.map((w) => `${w.sheet}!${w.cell}`));
        if (!c.chaos) {
          const computed = new Set(built.forms.flatMap((m) => [...computedCellsOf(m).keys()]));
          for (const k of allowed) expect(computed.has(k)).toBe(true);
        }

        expectOnlyCellsChanged(inputBytes, await fs.readFile(out), writes);

        const a = new ExcelJS.Workbook();
        await a.xlsx.load(inputBytes as unknown as ExcelJS.Buffer);
        const b = new ExcelJS.Workbook();
        await b.xlsx.readFile(out);
        expect(b.worksheets.map(sheetShape)).toEqual(a.worksheets.map(sheetShape));
        expect(b.definedNames.model).toEqual(a.definedNames.model);
        a.worksheets.forEach((wsA, i) => {
          const before = cellsOf(wsA);
          const after = cellsOf(b.worksheets[i]);
          for (const addr of new Set([...before.keys(), ...after.keys()])) {
            const x = before.get(addr);
            const y = after.get(addr);
            if (JSON.stringify(x) === JSON.stringify(y)) continue;
            const blank = (d: CellDump | undefined) =>
              !d || (d.value === "null" && JSON.stringify(d.style) === BLANK_STYLE);
            if (blank(x) && blank(y)) continue;
            const key = `${wsA.name}!${addr}`;
            const where = `${key}: ${JSON.stringify(x)} → ${JSON.stringify(y)}: ${JSON.stringify(c)}`;
            if (!allowed.has(key))
              throw new Error(`fix changed a cell it does not compute: ${where}`);
            if (x?.formula || y?.formula) throw new Error(`fix touched a formula: ${where}`);
            if (x && y && !sameStyleExceptNumFmt(x.style, y.style))
              throw new Error(`fix changed more than the number format: ${where}`);
          }
        });
      }),
      runsFor(0.05, 8)
    );
  });
});
