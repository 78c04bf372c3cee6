// The CLI end to end with the real core: exit codes, JSON report v1, fix re-check and idempotence.
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { buildXlsx } from "../../testkit/fixtures/build";
import { cleanForm } from "../../testkit/fixtures/forms";
import { mistakesForm } from "../../testkit/fixtures/mistakes";
import { seedWorkbookSpec } from "../../testkit/fixtures/seed";
import type { WorkbookSpec } from "../../testkit/fixtures/spec";
import type { JsonReport } from "../../src/core/report/types";
import { evaluate } from "../../src/core";
import { readXlsx, sheetsToCheck } from "../../src/cli/read-xlsx";
import { runCli } from "./run-cli";

jest.setTimeout(60_000);

const LAYOUTS = ["shanxi", "central-2020", "sichuan"] as const;
/** Codes about arithmetic `fix` recomputes: none of them may remain as an error after a fix. */
const ARITHMETIC = new Set([
  "FUND_RATE",
  "FUND_BALANCE",
  "FUND_SCORE",
  "IND_SCORE_MISSING",
  "IND_SCORE_OVER_WEIGHT",
  "TOTAL_MISSING",
  "TOTAL_MISMATCH",
  "GRADE_MISMATCH",
]);

interface CellState {
  value: string;
  formula: string | null;
  numFmt: string | undefined;
  style: string;
}

/** Every cell of every sheet: value, formula, number format, and (separately) the rest of the style. */
async function cellsOf(file: string): Promise<Map<string, CellState>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const cells = new Map<string, CellState>();
  for (const ws of wb.worksheets) {
    ws.eachRow({ includeEmpty: true }, (row) => {
      row.eachCell({ includeEmpty: true }, (cell) => {
        const { numFmt, ...rest } = cell.style ?? {};
        cells.set(`${ws.name}!${cell.address}`, {
          value: JSON.stringify(cell.type === ExcelJS.ValueType.Merge ? "<merge>" : cell.value),
          formula: cell.type === ExcelJS.ValueType.Formula ? cell.formula : null,
          numFmt,
          style: JSON.stringify(rest),
        });
      });
    });
  }
  return cells;
}

/** A helper so lint does not take an exceljs cell for an Office.js range. */
function exceljsCell(wb: ExcelJS.Workbook, sheet: string, address: string): ExcelJS.Cell {
  return wb.getWorksheet(sheet)!.getCell(address);
}

describe("jxzp with the core", () => {
  let dir: string;
  const at = (name: string): string => path.join(dir, name);
  const write = async (name: string, spec: WorkbookSpec): Promise<string> => {
    await fs.writeFile(at(name), await buildXlsx(spec));
    return at(name);
  };
  const one = (name: string, form: WorkbookSpec["sheets"][number]["forms"][number]["form"]) => ({
    sheets: [{ name, forms: [{ form }] }],
  });

  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "jxzp-core-"));
    for (const layout of LAYOUTS) {
      await write(`clean-${layout}.xlsx`, one("自评表", cleanForm(layout)));
      await write(`mistakes-${layout}.xlsx`, one("有错误的表", mistakesForm(layout)));
    }
    await write("seed.xlsx", seedWorkbookSpec("stacked"));
    // A wrong budget score to write, and a total kept as a formula whose cached result is stale.
    await write(
      "formula.xlsx",
      one(
        "自评表",
        cleanForm("shanxi", {
          funding: { total: { score: { value: 8, numFmt: "0.00" } } },
          total: {
            score: { value: 97, formula: "SUM({ind.score.first}:{ind.score.last})+{fund.score}" },
          },
        })
      )
    );
    await write("mixed.xlsx", {
      sheets: [
        { name: "说明", forms: [], extraCells: { A1: "本工作簿说明" } },
        { name: "自评表", forms: [{ form: cleanForm("shanxi"), origin: "C4" }] },
        { name: "隐藏表", forms: [{ form: mistakesForm("shanxi") }], hidden: true },
      ],
    });
  });

  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it.each(LAYOUTS)("exit 0 for a clean %s form", async (layout) => {
    const r = await runCli(["check", at(`clean-${layout}.xlsx`)]);
    expect(r.stderr).toBe("");
    expect(r.stdout).toMatch(/共 1 个文件，1 张表：0 个错误/);
    expect(r.code).toBe(0);
  });

  it.each(LAYOUTS)("exit 1 for the %s mistakes form", async (layout) => {
    const r = await runCli(["check", at(`mistakes-${layout}.xlsx`), "--verbose"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("FUND_SCORE");
    expect(r.stdout).toContain("TOTAL_MISMATCH");
  });

  it("checks the readable files of a run that has an unreadable one, and exits 2", async () => {
    await fs.writeFile(at("broken.xlsx"), "not a zip");
    const r = await runCli(["check", at("clean-shanxi.xlsx"), at("broken.xlsx"), "--json"]);
    expect(r.code).toBe(2);
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(report.files.map((f) => [f.forms.length, f.error?.code ?? null])).toEqual([
      [1, null],
      [0, "CORRUPT"],
    ]);
    expect(report.summary).toMatchObject({ files: 2, forms: 1, errors: 0 });
  });

  it("prints the JSON report v1 in the contract's shape", async () => {
    const r = await runCli(["check", at("mistakes-shanxi.xlsx"), at("mixed.xlsx"), "--json"]);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(Object.keys(report).sort()).toEqual(["batch", "files", "summary", "version"]);
    expect(report.version).toBe(1);
    expect(report.files.map((f) => f.file)).toEqual([at("mistakes-shanxi.xlsx"), at("mixed.xlsx")]);
    for (const file of report.files) {
      expect(file.error).toBeNull();
      expect(Array.isArray(file.findings)).toBe(true);
      for (const form of file.forms) {
        expect(form).toEqual(
          expect.objectContaining({
            sheet: expect.any(String),
            range: expect.stringMatching(/^[A-Z]+\d+:[A-Z]+\d+$/),
            project: expect.any(String),
            profile: expect.stringMatching(/^(shanxi|central-2020|sichuan)$/),
            findings: expect.any(Array),
          })
        );
        const b = form.budget;
        expect(Object.keys(b).sort()).toEqual(
          ["cell", "computed", "entered", "executed", "planned", "rate", "weight"].sort()
        );
        for (const v of [b.planned, b.executed, b.rate, b.weight, b.entered, b.computed]) {
          expect(v === null || typeof v === "string").toBe(true);
        }
        for (const ind of form.indicators) {
          expect(ind.method).toMatch(/^(ge|le|eq|date|judgment)$/);
          for (const v of [ind.weight, ind.entered, ind.computed]) {
            expect(v === null || (typeof v === "string" && /^-?\d+(\.\d+)?$/.test(v))).toBe(true);
          }
          expect(typeof ind.cell).toBe("string");
        }
        expect(form.total).toEqual(
          expect.objectContaining({ cell: expect.any(String), entered: expect.anything() })
        );
        for (const f of form.findings) {
          expect(f).toEqual(
            expect.objectContaining({
              code: expect.any(String),
              severity: expect.stringMatching(/^(error|warning|info)$/),
              sheet: form.sheet,
              cell: expect.stringMatching(/^[A-Z]+\d+$/),
              message: { zh: expect.any(String), en: expect.any(String) },
            })
          );
        }
      }
    }
    // The sheet without a form is reported at file level; the hidden sheet is not checked.
    const mixed = report.files[1];
    expect(mixed.forms.map((f) => f.sheet)).toEqual(["自评表"]);
    expect(mixed.forms[0].range.startsWith("C4:")).toBe(true);
    expect(mixed.findings?.map((f) => [f.code, f.sheet, f.severity])).toEqual([
      ["FORM_NOT_FOUND", "说明", "info"],
    ]);
    // The summary counts every finding of every file.
    const all = report.files.flatMap((f) => [
      ...f.forms.flatMap((x) => x.findings),
      ...(f.findings ?? []),
    ]);
    expect(report.summary).toEqual({
      files: 2,
      forms: 2,
      errors: all.filter((f) => f.severity === "error").length,
      warnings: all.filter((f) => f.severity === "warning").length,
      infos: all.filter((f) => f.severity === "info").length,
    });
    expect(report.summary.errors).toBeGreaterThan(0);
  });

  it("checks a hidden sheet when it is named with --sheet, and exits 2 for an unknown one", async () => {
    const hidden = await runCli(["check", at("mixed.xlsx"), "--sheet", "隐藏表"]);
    expect(hidden.code).toBe(1);
    expect(hidden.stdout).toContain("表 1：隐藏表!");
    const missing = await runCli(["check", at("mixed.xlsx"), "--sheet", "不存在"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("找不到工作表“不存在”");
  });

  it("prints the three seed forms in English with --lang en", async () => {
    const r = await runCli(["check", at("seed.xlsx"), "--lang", "en"]);
    expect(r.stdout).toContain("Form 3:");
    expect(r.stdout).toContain("安可替代工程经费");
    expect(r.stdout).toMatch(/1 file, 3 forms: 0 errors/);
    expect(r.code).toBe(0);
  });

  describe.each(LAYOUTS)("fix on the %s mistakes form", (layout) => {
    let input: string;
    let inputBytes: Buffer;
    let first: Awaited<ReturnType<typeof runCli>>;
    let second: Awaited<ReturnType<typeof runCli>>;

    beforeAll(async () => {
      input = at(`mistakes-${layout}.xlsx`);
      inputBytes = await fs.readFile(input);
      await fs.mkdir(at(`out/${layout}`), { recursive: true });
      first = await runCli(["fix", input, "-o", at(`out/${layout}/fixed.xlsx`)]);
      second = await runCli([
        "fix",
        at(`out/${layout}/fixed.xlsx`),
        "-o",
        at(`out/${layout}/fixed-twice.xlsx`),
      ]);
    });

    it("leaves the input untouched and prints nothing on stderr", async () => {
      expect((await fs.readFile(input)).equals(inputBytes)).toBe(true);
      expect(first.stderr).toBe("");
    });

    it("writes the core's cells, prints old → new, and the re-check has no arithmetic error", async () => {
      expect(first.stdout).toMatch(/已写入 \d+ 个单元格/);
      expect(first.stdout).toMatch(/有错误的表!\w+\d+ {2}.+ → .+/);
      const recheck = await runCli(["check", at(`out/${layout}/fixed.xlsx`), "--json"]);
      const report = JSON.parse(recheck.stdout) as JsonReport;
      const left = report.files[0].forms
        .flatMap((f) => f.findings)
        .filter((f) => f.severity === "error" && ARITHMETIC.has(f.code));
      expect(left).toEqual([]);
      expect(first.code).toBe(report.summary.errors > 0 ? 1 : 0);
    });

    it("changes only the cells the core asked to write", async () => {
      const loaded = await readXlsx(input);
      const writes = evaluate(sheetsToCheck(loaded)).writes;
      expect(writes.length).toBeGreaterThan(0);
      const written = new Set(writes.map((w) => `${w.sheet}!${w.cell}`));
      const before = await cellsOf(input);
      const after = await cellsOf(at(`out/${layout}/fixed.xlsx`));
      for (const [key, cell] of before) {
        const now = after.get(key);
        if (written.has(key)) {
          expect([key, now?.style, now?.formula]).toEqual([key, cell.style, null]);
        } else {
          expect([key, now]).toEqual([key, cell]);
        }
      }
    });

    it("is idempotent: a second fix writes nothing and leaves every cell as the first fix did", async () => {
      expect(second.stdout).toContain("没有需要写入的单元格");
      const once = await cellsOf(at(`out/${layout}/fixed.xlsx`));
      const twice = await cellsOf(at(`out/${layout}/fixed-twice.xlsx`));
      expect([...twice.entries()]).toEqual([...once.entries()]);
    });
  });

  it("never writes a formula cell: its formula survives, its stale result is set aside, not an error", async () => {
    const input = at("formula.xlsx");
    const out = at("out/formula-fixed.xlsx");
    const loaded = await readXlsx(input);
    const sheet = loaded.sheets[0];
    const formulaCells = new Map<string, string>();
    sheet.formulas?.forEach((row, r) =>
      row.forEach((f, c) => {
        if (f) formulaCells.set(`${r + sheet.top},${c + sheet.left}`, f);
      })
    );
    expect(formulaCells.size).toBe(1);
    const writes = evaluate(sheetsToCheck(loaded)).writes;
    expect(writes.length).toBeGreaterThan(0);
    const r = await runCli(["fix", input, "-o", out]);
    expect(r.stdout).toMatch(/已写入 \d+ 个单元格/);
    const after = await readXlsx(out);
    const again = after.sheets[0];
    for (const [key, formula] of formulaCells) {
      const [row, col] = key.split(",").map(Number);
      expect(again.formulas?.[row - again.top][col - again.left]).toBe(formula);
    }
    // The total formula reads the written budget score: recalculated on open, not re-checked now.
    expect(r.stdout).toContain("已设置工作簿在打开时重新计算：1 个公式引用了写入的单元格");
    expect(r.stdout).toMatch(
      /未重新核对[^\n]*\n {2}自评表!I25 {2}FORMULA_RESULT_MISMATCH（缓存结果 97）/
    );
    expect(r.stdout).toMatch(/0 个错误/);
    expect(r.code).toBe(0);
  });

  it("highlights the cells still wrong after the fix and notes why", async () => {
    const out = at("out/highlight.xlsx");
    const r = await runCli(["fix", at("mistakes-shanxi.xlsx"), "-o", out, "--highlight"]);
    expect(r.stdout).toMatch(/已标记 (\d+) 个单元格/);
    const count = Number(/已标记 (\d+) 个单元格/.exec(r.stdout)![1]);
    const loaded = await readXlsx(out);
    const evaluation = evaluate(sheetsToCheck(loaded));
    expect(evaluation.highlights).toHaveLength(count);
    for (const h of evaluation.highlights) {
      const cell = exceljsCell(loaded.workbook, h.sheet, h.cell);
      const fill = cell.fill as ExcelJS.FillPattern;
      expect([h.cell, fill.fgColor?.argb]).toEqual([
        h.cell,
        h.severity === "error" ? "FFFFC7CE" : "FFFFEB9C",
      ]);
      const note = cell.note;
      const text =
        typeof note === "string" ? note : (note?.texts ?? []).map((t) => t.text).join("");
      expect(text).toContain("绩效自评助手");
    }
  });
});
