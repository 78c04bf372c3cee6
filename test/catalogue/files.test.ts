// Bad-input catalogue, file level: each odd workbook through `jxzp check` / `jxzp fix`, with the message it gets.
import { unzipSync } from "fflate";
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import type { JsonReport } from "../../src/core/report/types";
import { runCli } from "../cli/run-cli";
import { buildWorkbook, buildWorkbookWithMap } from "../../testkit/fixtures/build";
import { cleanForm, withIndicator } from "../../testkit/fixtures/forms";
import { mistakesForm } from "../../testkit/fixtures/mistakes";
import { execFileSync } from "child_process";
import { wpsSample, wpsSamplesPresent } from "../../testkit/samples";
import {
  addRow,
  bytesOf,
  editPart,
  encryptedXlsx,
  legacyXls,
  truncated,
  withChartSheet,
  withoutPart,
  xlsxOf,
} from "./odd-files";

let dir: string;
const at = (name: string): string => path.join(dir, name);

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "jxzp-catalogue-"));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function put(name: string, bytes: Buffer): Promise<string> {
  await fs.writeFile(at(name), bytes);
  return at(name);
}

function json(stdout: string): JsonReport {
  return JSON.parse(stdout) as JsonReport;
}

/** exit 2 with exactly one line naming the file, in both languages; no stack trace. */
async function expectRefused(file: string, zh: string, en: string): Promise<void> {
  for (const [lang, text] of [
    ["zh", zh],
    ["en", en],
  ] as const) {
    const r = await runCli(["check", file, "--lang", lang]);
    expect(r.code).toBe(2);
    const lines = r.stderr.trimEnd().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(path.basename(file));
    expect(lines[0]).toContain(text);
    expect(r.stderr + r.stdout).not.toMatch(/\n\s+at /);
  }
}

describe("bad-input catalogue: files", () => {
  jest.setTimeout(60_000);

  test("empty workbook (no worksheet at all): 工作簿中没有工作表", async () => {
    const file = await put("no-sheets.xlsx", await bytesOf(new ExcelJS.Workbook()));
    await expectRefused(file, "工作簿中没有工作表", "the workbook has no worksheets");
  });

  test("empty workbook (one blank sheet): FORM_NOT_FOUND info, exit 3 (nothing was checked)", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Sheet1");
    const file = await put("blank-sheet.xlsx", await bytesOf(wb));
    const r = await runCli(["check", file, "--json"]);
    expect(r.code).toBe(3);
    const report = json(r.stdout);
    expect(report.files[0].forms).toEqual([]);
    expect(report.files[0].findings?.map((f) => [f.code, f.severity, f.sheet])).toEqual([
      ["FORM_NOT_FOUND", "info", "Sheet1"],
    ]);
    const table = await runCli(["check", file, "--verbose"]);
    expect(table.stdout).toContain("未找到项目支出绩效自评表");
  });

  test("a form beside a workbook without one: the run checked something, the usual exit code", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Sheet1");
    const empty = await put("blank-beside.xlsx", await bytesOf(wb));
    const form = await put(
      "clean-beside.xlsx",
      await bytesOf(
        buildWorkbook({ sheets: [{ name: "自评表", forms: [{ form: cleanForm("shanxi") }] }] })
      )
    );
    expect((await runCli(["check", empty, form, "--json"])).code).toBe(0);
  });

  test("fix -o into a folder that does not exist: exit 2, one line, nothing created", async () => {
    const input = await put(
      "fix-missing-dir.xlsx",
      await bytesOf(
        buildWorkbook({ sheets: [{ name: "自评表", forms: [{ form: mistakesForm() }] }] })
      )
    );
    const out = path.join(path.dirname(input), "no-such-folder", "fixed.xlsx");
    const r = await runCli(["fix", input, "-o", out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("输出文件夹不存在");
    await expect(fs.stat(path.dirname(out))).rejects.toThrow();
  });

  test("chart sheet beside a form sheet: the chart sheet is ignored, the form is checked", async () => {
    const wb = buildWorkbook({
      sheets: [{ name: "自评表", forms: [{ form: cleanForm("shanxi") }] }],
    });
    const file = await put("chart.xlsx", await withChartSheet(wb, "图表1"));
    const r = await runCli(["check", file, "--json"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const report = json(r.stdout);
    expect(report.files[0].error).toBeNull();
    expect(report.files[0].forms.map((f) => [f.sheet, f.project])).toEqual([
      ["自评表", "干部教育培训经费"],
    ]);
    // fix patches the package: the chart sheet and its chart are kept byte for byte.
    const fix = await runCli(["fix", file, "-o", at("chart-fixed.xlsx")]);
    expect(fix.code).toBe(0);
    expect(fix.stderr).toBe("");
    const before = unzipSync(await fs.readFile(file));
    const after = unzipSync(await fs.readFile(at("chart-fixed.xlsx")));
    const charts = Object.keys(before).filter((k) => /chartsheets\/|charts\//.test(k));
    expect(charts.length).toBeGreaterThan(0);
    for (const k of charts)
      expect([k, Buffer.from(after[k]).equals(Buffer.from(before[k]))]).toEqual([k, true]);
  });

  test("a workbook holding only a chart sheet: 工作簿中没有工作表", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("tmp");
    const bytes = await withChartSheet(wb, "图表1");
    // Drop the worksheet so that the chart sheet is all that is left.
    const JSZip = (await import("jszip")).default;
    const zip = await JSZip.loadAsync(bytes);
    const xml = await zip.file("xl/workbook.xml")!.async("string");
    zip.file("xl/workbook.xml", xml.replace(/<sheet [^>]*name="tmp"[^>]*\/>/, ""));
    const file = await put("only-chart.xlsx", await zip.generateAsync({ type: "nodebuffer" }));
    await expectRefused(file, "工作簿中没有工作表", "no worksheets");
  });

  test("hidden and very hidden sheets: skipped by default and named; checked when asked; fix leaves them", async () => {
    const built = buildWorkbookWithMap({
      sheets: [
        { name: "可见", forms: [{ form: cleanForm("shanxi") }] },
        { name: "隐藏", forms: [{ form: mistakesForm("shanxi") }], hidden: true },
        { name: "深度隐藏", forms: [{ form: mistakesForm("central-2020") }] },
      ],
    });
    (built.workbook.getWorksheet("深度隐藏") as ExcelJS.Worksheet).state = "veryHidden";
    const file = await put("hidden.xlsx", await bytesOf(built.workbook));

    const r = await runCli(["check", file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("已跳过隐藏工作表：隐藏、深度隐藏");
    const en = await runCli(["check", file, "--lang", "en"]);
    expect(en.stdout).toContain("hidden sheets skipped: 隐藏, 深度隐藏");
    for (const sheet of ["隐藏", "深度隐藏"]) {
      const one = await runCli(["check", file, "--sheet", sheet, "--json"]);
      expect(one.code).toBe(1);
      expect(json(one.stdout).files[0].forms.map((f) => f.sheet)).toEqual([sheet]);
    }

    const out = at("hidden-fixed.xlsx");
    const fix = await runCli(["fix", file, "-o", out]);
    expect(fix.code).toBe(0);
    const before = new ExcelJS.Workbook();
    await before.xlsx.readFile(file);
    const after = new ExcelJS.Workbook();
    await after.xlsx.readFile(out);
    for (const sheet of ["隐藏", "深度隐藏"]) {
      const a = before.getWorksheet(sheet) as ExcelJS.Worksheet;
      const b = after.getWorksheet(sheet) as ExcelJS.Worksheet;
      expect(b.state).toBe(a.state);
      const values = (ws: ExcelJS.Worksheet) => {
        const out: string[] = [];
        ws.eachRow((row) =>
          row.eachCell((c) => out.push(`${c.address}=${JSON.stringify(c.value)}`))
        );
        return out;
      };
      expect(values(b)).toEqual(values(a));
    }
  });

  test("corrupted zip: 文件已损坏", async () => {
    const good = await xlsxOf({ sheets: [{ name: "S", forms: [{ form: cleanForm("shanxi") }] }] });
    const file = await put("cut.xlsx", truncated(good));
    await expectRefused(file, "文件已损坏或不是有效的 .xlsx 文件", "damaged");
  });

  test("a compound file without a workbook stream: named as a damaged .xls, whatever its name", async () => {
    await expectRefused(
      await put("old.xls", legacyXls()),
      "文件已损坏或不是有效的 .xls/.et 文件",
      "not a valid .xls/.et"
    );
  });

  test("password-protected .xlsx: 文件已加密，请先在 Excel 中取消密码", async () => {
    await expectRefused(
      await put("locked.xlsx", encryptedXlsx()),
      "文件已加密，请先在 Excel 中取消密码",
      "password-protected"
    );
  });

  test("a cell text of 32 767 characters: checked, reported, written back intact", async () => {
    const name = "长".repeat(32_767);
    const form = withIndicator(mistakesForm("shanxi"), 0, { name });
    const built = buildWorkbookWithMap({ sheets: [{ name: "S", forms: [{ form }] }] });
    const file = await put("long.xlsx", await bytesOf(built.workbook));
    const r = await runCli(["check", file, "--json"]);
    expect(r.code).toBe(1);
    const indicator = json(r.stdout).files[0].forms[0].indicators[0];
    expect(indicator.name).toBe(name);
    const table = await runCli(["check", file, "--verbose"]);
    expect(table.code).toBe(1);
    expect(table.stdout).toContain("IND_SCORE_OVER_WEIGHT");

    const out = at("long-fixed.xlsx");
    expect((await runCli(["fix", file, "-o", out])).code).toBeLessThan(2);
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(out);
    const ws = back.getWorksheet("S") as ExcelJS.Worksheet;
    expect(ws.getCell(built.forms[0].indicators[0].cells.name).value).toBe(name);
  });

  test("<script> and <img onerror> texts travel as plain text through check --json", async () => {
    const script = "<script>alert(1)</script>";
    const img = '<img src=x onerror="alert(1)">';
    const form = withIndicator(mistakesForm("shanxi"), 0, { name: script, deviation: img });
    const file = await put(
      "html.xlsx",
      await xlsxOf({ sheets: [{ name: "S", forms: [{ form }] }] })
    );
    const r = await runCli(["check", file, "--json"]);
    const f = json(r.stdout).files[0].forms[0];
    expect(f.indicators[0].name).toBe(script);
    const over = f.findings.find((x) => x.code === "IND_SCORE_OVER_WEIGHT");
    expect(over?.message.zh).toContain(script);
  });

  test("formulas in computed cells: reported as FORMULA_RESULT_MISMATCH, never rewritten by fix", async () => {
    const form = cleanForm("shanxi", {
      funding: { total: { score: { formula: "{rate}*10", value: 9 } } },
      total: {
        score: { formula: "SUM({ind.score.first}:{ind.score.last})+{fund.score}", value: 90 },
      },
    });
    const built = buildWorkbookWithMap({ sheets: [{ name: "S", forms: [{ form }] }] });
    const file = await put("formulas.xlsx", await bytesOf(built.workbook));
    const r = await runCli(["check", file, "--json"]);
    expect(r.code).toBe(1);
    const findings = json(r.stdout).files[0].forms[0].findings;
    const map = built.forms[0];
    expect(
      findings
        .filter((f) => f.code === "FORMULA_RESULT_MISMATCH")
        .map((f) => f.cell)
        .sort()
    ).toEqual([map.cells.totalScore, map.funding.total.cells.score].sort());

    const out = at("formulas-fixed.xlsx");
    await runCli(["fix", file, "-o", out]);
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(out);
    const ws = back.getWorksheet("S") as ExcelJS.Worksheet;
    for (const addr of [map.cells.totalScore, map.funding.total.cells.score]) {
      const v = ws.getCell(addr).value as ExcelJS.CellFormulaValue;
      expect(typeof v.formula).toBe("string");
    }
    expect((ws.getCell(map.cells.totalScore).value as ExcelJS.CellFormulaValue).result).toBe(90);
  });

  (wpsSamplesPresent() ? test : test.skip)(
    "the WPS export .xls: checked (the 自评表 on the 8th sheet, #REF! totals shown); fix refuses, check unaffected",
    async () => {
      const file = wpsSample("project-library-export.xls");
      const r = await runCli(["check", file, "--json"]);
      expect(r.stderr).toBe("");
      expect(r.code).toBe(1);
      const report = json(r.stdout);
      expect(report.files[0].error).toBeNull();
      const form = report.files[0].forms.find((f) => f.sheet === "项目支出绩效自评表");
      expect(form?.project).toBe("2019年210青少年校园足球扶持资金");
      const table = await runCli(["check", file]);
      expect(table.stdout).toContain("#REF!");
      const fix = await runCli(["fix", file, "-o", at("wps-fixed.xlsx")]);
      expect(fix.code).toBe(2);
      expect(fix.stderr.trimEnd().split("\n")).toHaveLength(1);
      expect(fix.stderr).toContain("jxzp check 可直接检查此文件");
      await expect(fs.stat(at("wps-fixed.xlsx"))).rejects.toThrow();
    }
  );

  test("one sheet whose XML is lost: named on stderr, the other sheets checked, exit 2", async () => {
    const wb = buildWorkbook({
      sheets: [
        { name: "自评表", forms: [{ form: cleanForm("shanxi") }] },
        { name: "附表", forms: [{ form: cleanForm("sichuan") }] },
      ],
    });
    const file = await put(
      "lost-sheet.xlsx",
      await withoutPart(await bytesOf(wb), "xl/worksheets/sheet2.xml")
    );
    for (const [lang, words] of [
      ["zh", "工作表“附表”无法读取"],
      ["en", 'sheet "附表" could not be read'],
    ] as const) {
      const r = await runCli(["check", file, "--json", "--lang", lang]);
      expect(r.code).toBe(2);
      expect(r.stderr.trimEnd().split("\n")).toEqual([expect.stringContaining(words)]);
      expect(json(r.stdout).files[0].forms.map((f) => f.sheet)).toEqual(["自评表"]);
    }
  });

  test("a stray value at XFD1048576 in a small file: checked like the file without it", async () => {
    const spec = { sheets: [{ name: "S", forms: [{ form: mistakesForm("shanxi") }] }] };
    const plain = await xlsxOf(spec);
    const stray = await editPart(plain, "xl/worksheets/sheet1.xml", (x) =>
      addRow(x, 1048576, '<c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c>')
    );
    const a = await runCli(["check", await put("plain.xlsx", plain), "--json"]);
    const b = await runCli(["check", await put("stray.xlsx", stray), "--json"]);
    expect(b.code).toBe(a.code);
    const codes = (out: string) =>
      json(out).files[0].forms.flatMap((f) => f.findings.map((x) => `${x.code}@${x.cell}`));
    expect(codes(b.stdout)).toEqual(codes(a.stdout));
  });

  test("a FIFO and a link to /dev/zero are refused at once; the other files are still checked", async () => {
    const fifo = at("pipe.xlsx");
    execFileSync("mkfifo", [fifo]);
    await fs.symlink("/dev/zero", at("zero.xlsx"));
    const ok = await put(
      "ok.xlsx",
      await xlsxOf({ sheets: [{ name: "S", forms: [{ form: cleanForm("shanxi") }] }] })
    );
    const r = await runCli(["check", fifo, at("zero.xlsx"), ok, "--json"]);
    expect(r.code).toBe(2);
    const lines = r.stderr.trimEnd().split("\n");
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(line).toContain("这不是普通文件");
    const report = json(r.stdout);
    expect(report.files.map((f) => f.error?.code ?? null)).toEqual([
      "NOT_REGULAR",
      "NOT_REGULAR",
      null,
    ]);
    expect(report.files[2].forms).toHaveLength(1);
  });

  test("a Word document renamed .xlsx, a PDF and a CSV: each named for what it is", async () => {
    const doc = Buffer.concat([
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      Buffer.alloc(504),
      Buffer.from("WordDocument", "utf16le"),
      Buffer.alloc(512),
    ]);
    await expectRefused(
      await put("report.xlsx", doc),
      "旧版 Word 文档（.doc）",
      "legacy Word document"
    );
    await expectRefused(
      await put("scan.xlsx", Buffer.from("%PDF-1.7\n%...")),
      "PDF 文件",
      "a PDF file"
    );
    await expectRefused(await put("table.csv", Buffer.from("项目,得分\n培训,9\n")), "CSV", "CSV");
  });
});
