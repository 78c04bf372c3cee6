// Workbooks other producers wrote: the two real WPS-saved .xls samples, and LibreOffice Calc's
// re-saves of the fixtures (.xlsx, .xls, .ods). Each reads to the same findings as its source.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { evaluate, type SheetData } from "../../src/core";
import { readWorkbook } from "../../src/files";
import { buildXlsx } from "../../testkit/fixtures/build";
import { cleanForm } from "../../testkit/fixtures/forms";
import { mistakesForm } from "../../testkit/fixtures/mistakes";
import type { WorkbookSpec } from "../../testkit/fixtures/spec";
import { convertWithLibreOffice, libreOfficeStatus } from "../../testkit/libreoffice";
import { wpsSample, wpsSamplesPresent } from "../../testkit/samples";
import { runCli } from "../cli/run-cli";

/** Every finding as `CODE@sheet!cell` plus each form's place: what two readings must agree on. */
function outcome(sheets: SheetData[]): string[] {
  const ev = evaluate(sheets);
  return [
    ...ev.forms.map((f) => `form@${f.sheet}!${f.range}`),
    ...ev.forms.flatMap((f) => f.findings.map((x) => `${x.code}@${x.sheet}!${x.cell}`)),
    ...ev.sheetFindings.map((x) => `${x.code}@${x.sheet}!${x.cell}`),
  ].sort();
}

const read = (file: string) => readWorkbook(fs.readFileSync(file), file);

const samples = wpsSamplesPresent();
const lo = libreOfficeStatus();
if (!lo.available) {
  // Visible in the run's output: these tests are skipped here, never on CI (CI=true throws above).
  console.warn(`test/files/producers: LibreOffice cases skipped: ${lo.reason}`);
}

(samples ? describe : describe.skip)("the WPS-saved samples (BIFF8 .xls)", () => {
  test("the export: the 自评表 is found on the 8th of 11 sheets, read as it is", () => {
    const r = read(wpsSample("project-library-export.xls"));
    expect(r.kind).toBe("xls");
    expect(r.failures).toEqual([]);
    expect(r.sheets).toHaveLength(11);
    const sheet = r.sheets[7];
    expect(sheet.name).toBe("项目支出绩效自评表");
    const ev = evaluate(r.sheets);
    const form = ev.forms.find((f) => f.sheet === "项目支出绩效自评表");
    expect(form).toBeDefined();
    const cell = (r0: number, c0: number) =>
      sheet.values[r0 - sheet.top]?.[c0 - sheet.left] ?? null;
    const formula = (r0: number, c0: number) =>
      sheet.formulas?.[r0 - sheet.top]?.[c0 - sheet.left] ?? null;
    // 分值 / 得分 stored as text "0.0"; both 总分 cells are formulas whose cached value is #REF!.
    expect([cell(10, 7), cell(10, 8)]).toEqual(["0.0", "0.0"]);
    expect([cell(13, 7), cell(13, 8)]).toEqual(["#REF!", "#REF!"]);
    expect(formula(13, 7)).toMatch(/^=H11\+#REF!\+/);
    // The funding block's only data row (row 7) is entirely empty.
    expect(sheet.values[6 - sheet.top]?.some((v) => v !== null && v !== "") ?? false).toBe(false);
  });

  test("the template (indicator rows removed) reads too", () => {
    const r = read(wpsSample("project-library-template.xls"));
    expect(r.failures).toEqual([]);
    expect(r.sheets.map((s) => s.name)).toContain("项目支出绩效自评表");
  });

  (lo.available ? test : test.skip)(
    "LibreOffice's .xlsx conversion of each sample gives the same findings",
    () => {
      const files = [
        wpsSample("project-library-export.xls"),
        wpsSample("project-library-template.xls"),
      ];
      const converted = convertWithLibreOffice(files, "xlsx");
      try {
        files.forEach((f, i) => {
          const r = read(converted[i]);
          expect(r.kind).toBe("xlsx");
          expect(r.failures).toEqual([]);
          expect(outcome(r.sheets)).toEqual(outcome(read(f).sheets));
        });
      } finally {
        fs.rmSync(path.dirname(converted[0]), { recursive: true, force: true });
      }
    }
  );
});

describe("jxzp fix on the WPS export converted by LibreOffice", () => {
  jest.setTimeout(180_000);
  (lo.available && samples ? test : test.skip)(
    "goes through the command (overlapping merges are no obstacle) and re-checks with the same findings",
    async () => {
      const [converted] = convertWithLibreOffice([wpsSample("project-library-export.xls")], "xlsx");
      const out = path.join(path.dirname(converted), "fixed.xlsx");
      try {
        const r = await runCli(["fix", converted, "-o", out]);
        expect(r.stderr).not.toContain("无法打开");
        expect([0, 1]).toContain(r.code);
        expect(outcome(read(out).sheets)).toEqual(outcome(read(converted).sheets));
      } finally {
        fs.rmSync(path.dirname(converted), { recursive: true, force: true });
      }
    }
  );
});

const FIXTURES: Record<string, WorkbookSpec> = {
  "mistakes-shanxi": { sheets: [{ name: "自评表", forms: [{ form: mistakesForm("shanxi") }] }] },
  "mistakes-central": {
    sheets: [{ name: "自评表", forms: [{ form: mistakesForm("central-2020") }] }],
  },
  "mistakes-sichuan": { sheets: [{ name: "自评表", forms: [{ form: mistakesForm("sichuan") }] }] },
  "stacked-and-sheets": {
    sheets: [
      {
        name: "叠放",
        forms: [{ form: cleanForm("shanxi") }, { form: mistakesForm("shanxi"), origin: "C1" }],
      },
      { name: "第二张", forms: [{ form: cleanForm("central-2020"), origin: "B3" }] },
    ],
  },
};

(lo.available ? describe : describe.skip)("LibreOffice re-saves of the fixtures", () => {
  jest.setTimeout(300_000);
  let dir: string;
  const sources: string[] = [];
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "jxzp-lo-src-"));
    for (const [name, spec] of Object.entries(FIXTURES)) {
      const file = path.join(dir, `${name}.xlsx`);
      fs.writeFileSync(file, await buildXlsx(spec));
      sources.push(file);
    }
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test.each(["xlsx", "xls", "ods"])("saved as .%s: same forms, same findings", async (format) => {
    const converted = convertWithLibreOffice(sources, format);
    try {
      // Through the CLI: nothing on stderr (no parser chatter), the exit code of the source.
      const chatter = jest.spyOn(console, "error");
      const cli = await runCli(["check", converted[0]]);
      const src = await runCli(["check", sources[0]]);
      expect(chatter).not.toHaveBeenCalled();
      chatter.mockRestore();
      expect(cli.stderr).toBe("");
      expect(cli.code).toBe(src.code);
      sources.forEach((src, i) => {
        const r = read(converted[i]);
        expect(r.failures).toEqual([]);
        expect([path.basename(src), outcome(r.sheets)]).toEqual([
          path.basename(src),
          outcome(read(src).sheets),
        ]);
      });
    } finally {
      fs.rmSync(path.dirname(converted[0]), { recursive: true, force: true });
    }
  });
});
