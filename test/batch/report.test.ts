// `jxzp check DIR --report out.xlsx|out.html`: the report read back through src/files (SheetJS) and
// exceljs, converted by LibreOffice, and the refusals that protect the inputs.
import ExcelJS from "exceljs";
import { existsSync, promises as fs, readFileSync } from "fs";
import * as os from "os";
import * as path from "path";
import { displayWidth } from "../../src/cli/display-width";
import { escapeHtml } from "../../src/core";
import { FINDING_COLUMNS, FLAG_COLUMNS, FORM_COLUMNS } from "../../src/cli/report-rows";
import type { CellValue, SheetData } from "../../src/core";
import { readWorkbook } from "../../src/files";
import { writeBatchFolder } from "../../testkit/batch-folder";
import { convertWithLibreOffice, libreOfficeStatus } from "../../testkit/libreoffice";
import { runCli, type Captured } from "../cli/run-cli";

let dir: string;
let inbox: string;
let run: Captured;
let xlsx: Uint8Array;
const at = (...p: string[]) => path.join(dir, ...p);

/** A sheet's rows as SheetJS reads them (through src/files, as check reads every workbook). */
function rowsOf(sheet: SheetData): CellValue[][] {
  return sheet.values.map((row) => Array.from(row, (v) => (v === undefined ? null : v)));
}

function sheets(bytes: Uint8Array): Map<string, CellValue[][]> {
  const read = readWorkbook(bytes, "report.xlsx");
  return new Map(read.sheets.map((s) => [s.name, rowsOf(s)]));
}

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "jxzp-report-"));
  inbox = at("收件箱");
  await writeBatchFolder(inbox);
  run = await runCli(["check", inbox, "--report", at("汇总.xlsx"), "--jobs", "1"]);
  xlsx = readFileSync(at("汇总.xlsx"));
}, 60_000);

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe("the .xlsx report", () => {
  test("is written, said on stderr; unreadable files make exit code 2 as for any check", () => {
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`jxzp: 报告已写入 ${at("汇总.xlsx")}`);
    expect(run.stderr).toContain("跳过 1 个 Office 锁定文件");
  });

  test("has the four sheets in order, each with its header row", () => {
    const s = sheets(xlsx);
    expect([...s.keys()]).toEqual(["各表", "问题明细", "跨表提示", "汇总"]);
    expect(s.get("各表")![0]).toEqual(FORM_COLUMNS.map((c) => c.header.zh));
    expect(s.get("问题明细")![0]).toEqual(FINDING_COLUMNS.map((c) => c.header.zh));
    expect(s.get("跨表提示")![0]).toEqual(FLAG_COLUMNS.map((c) => c.header.zh));
  });

  test("各表: one row per form, one per file without a form, numbers as numbers", () => {
    const rows = sheets(xlsx).get("各表")!.slice(1);
    const rel = (f: CellValue) => path.relative(inbox, String(f));
    // 7 forms (1 + 1 + 1 + 1 + 3), a workbook without a form, two unreadable files.
    expect(rows).toHaveLength(10);
    expect(rows.map((r) => [rel(r[0]), r[3]])).toEqual([
      ["单位丁/加密.xlsx", "无法读取"],
      ["单位丁/损坏.xlsx", "无法读取"],
      ["单位丙/三张表.xlsx", "已检查"],
      ["单位丙/三张表.xlsx", "已检查"],
      ["单位丙/三张表.xlsx", "已检查"],
      ["单位丙/说明.xlsx", "未找到自评表"],
      ["单位乙/有错误的表.xlsx", "已检查"],
      ["单位乙/档案数字化.xlsx", "已检查"],
      ["单位甲/培训经费.xlsx", "已检查"],
      ["单位甲/远程教育.xlsx", "已检查"],
    ]);
    expect(String(rows[0][16])).toMatch(/文件已加密/);
    const training = rows[8];
    expect(training.slice(4, 13)).toEqual([
      "县委党校",
      "干部教育培训经费",
      100,
      95,
      0.95,
      100,
      97.5,
      "优",
      "优",
    ]);
    // Errors / warnings / infos, and the most serious problem first with its cell.
    expect(training[13]).toBeGreaterThan(0);
    expect(String(training[16])).toMatch(/^自评表![A-Z]+\d+ 总分应为/);
  });

  test("问题明细: every finding with zh and en, the unreadable files with their code", () => {
    const rows = sheets(xlsx).get("问题明细")!.slice(1);
    expect(rows.filter((r) => r[3] === "ENCRYPTED" || r[3] === "CORRUPT")).toHaveLength(2);
    for (const r of rows) {
      expect(String(r[5])).toMatch(/[\u4e00-\u9fff]/);
      expect(String(r[6])).toMatch(/[A-Za-z]{3}/);
      expect(["错误", "警告", "提示"]).toContain(r[4]);
    }
    expect(rows.map((r) => r[3])).toContain("TOTAL_MISMATCH");
  });

  test("跨表提示: one row per form each flag concerns, numbered by flag", () => {
    const rows = sheets(xlsx).get("跨表提示")!.slice(1);
    expect(rows.map((r) => [r[0], r[1]])).toEqual([
      [1, "BATCH_UNIT_ALL_FULL_MARKS"],
      [1, "BATCH_UNIT_ALL_FULL_MARKS"],
      [2, "BATCH_TEXT_COPIED"],
      [2, "BATCH_TEXT_COPIED"],
      [3, "BATCH_SAME_INDICATORS"],
      [3, "BATCH_SAME_INDICATORS"],
      [3, "BATCH_SAME_INDICATORS"],
    ]);
    expect(rows[0].slice(7, 9)).toEqual(["县委党校", "干部教育培训经费"]);
  });

  test("汇总: counts, skipped entries and the options in effect", () => {
    const rows = sheets(xlsx).get("汇总")!;
    const value = (k: string) => rows.find((r) => r[0] === k)?.[1];
    expect(value("文件")).toBe("8");
    expect(value("自评表")).toBe("7");
    expect(value("无法读取的文件")).toBe("2");
    expect(value("跨表提示")).toBe("3");
    const options = rows.filter((r) => r[0] === "选项").map((r) => r[1]);
    expect(options).toContain("等级档次（优/良/中 的最低分）：90/80/60");
    expect(rows.filter((r) => r[0] === "未检查").map((r) => r[1])).toEqual([
      "跳过 1 个隐藏文件或文件夹",
      "跳过 1 个 Office 锁定文件（~$…）",
      "跳过 1 个非表格文件",
    ]);
  });

  test("frozen header, autofilter, fitted widths, A4 landscape with repeated header rows", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(xlsx) as unknown as ExcelJS.Buffer);
    for (const ws of wb.worksheets) {
      expect(ws.views[0]).toEqual(expect.objectContaining({ state: "frozen", ySplit: 1 }));
      const last = ws.getColumn(ws.columnCount).letter;
      expect(ws.autoFilter).toBe(`A1:${last}${Math.max(1, ws.rowCount)}`);
      expect(ws.pageSetup).toEqual(
        expect.objectContaining({
          orientation: "landscape",
          paperSize: 9,
          fitToPage: true,
          fitToWidth: 1,
          fitToHeight: 0,
          printTitlesRow: "1:1",
        })
      );
      ws.columns.forEach((col, i) => {
        let text = 0;
        let number = 0;
        col.eachCell?.({ includeEmpty: false }, (cell) => {
          if (typeof cell.value === "string") text = Math.max(text, displayWidth(cell.value));
          if (typeof cell.value === "number") number = Math.max(number, String(cell.value).length);
        });
        // As wide as the longest text (CJK counted double) plus a margin, capped at 60 (it wraps).
        const width = col.width ?? 0;
        expect({ col: i, fits: width >= Math.min(60, text + 2) && width > number }).toEqual({
          col: i,
          fits: true,
        });
        expect(width).toBeLessThanOrEqual(60);
        if (number === 0) expect(width).toBe(Math.min(60, Math.max(6, text + 2)));
      });
    }
    // A number column holds numbers with a number format; the rate shows as a percent.
    const forms = wb.getWorksheet("各表")!;
    expect(forms.getCell("I10").numFmt).toBe("0.00%");
  });

  test("is the same bytes when run again (no clock in the package)", async () => {
    const again = await runCli(["check", inbox, "--report", at("again.xlsx"), "--jobs", "1"]);
    expect(again.code).toBe(2);
    expect(Buffer.compare(readFileSync(at("again.xlsx")), Buffer.from(xlsx))).toBe(0);
  }, 60_000);

  const lo = libreOfficeStatus();
  (lo.available ? test : test.skip)(
    "opens in LibreOffice: converted to .ods, the rows read back the same",
    () => {
      const [converted] = convertWithLibreOffice([at("汇总.xlsx")], "ods");
      const back = readWorkbook(readFileSync(converted), converted);
      const mine = sheets(xlsx);
      expect(back.sheets.map((s) => s.name)).toEqual([...mine.keys()]);
      for (const s of back.sheets) expect(rowsOf(s)).toEqual(mine.get(s.name));
    },
    120_000
  );
});

describe("the .html report", () => {
  let html: string;
  beforeAll(async () => {
    const r = await runCli(["check", inbox, "--report", at("汇总.html"), "--json"]);
    expect(r.code).toBe(2);
    html = readFileSync(at("汇总.html"), "utf8");
  }, 60_000);

  test("self-contained: no script, nothing loaded from elsewhere", () => {
    expect(html).not.toMatch(/<script|<link|src=|https?:\/\//i);
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="zh-CN">/);
  });

  test("prints on A4 landscape with header rows repeated", () => {
    expect(html).toContain("@page { size: A4 landscape;");
    expect(html).toContain("thead { display: table-header-group; }");
  });

  test("the same rows as the .xlsx, text escaped", () => {
    const rows = sheets(xlsx);
    for (const [name, id] of [
      ["各表", "forms"],
      ["问题明细", "findings"],
      ["跨表提示", "flags"],
    ]) {
      const section = html.split(`<section id="${id}">`)[1].split("</section>")[0];
      expect(section).toContain(`<h2>${name}（${rows.get(name)!.length - 1}）</h2>`);
      expect(section.match(/<tr><td/g)).toHaveLength(rows.get(name)!.length - 1);
    }
    expect(html).toContain("<td>县委党校</td>");
    expect(html).toContain('<td class="num">95.00%</td>');
  });
});

test("HTML text is escaped", () => {
  expect(escapeHtml(`<b>"a" & 'b'</b>`)).toBe("&lt;b&gt;&quot;a&quot; &amp; &#39;b&#39;&lt;/b&gt;");
});

describe("--lang en", () => {
  test("English sheet names, headers and statuses; the findings keep both languages", async () => {
    const r = await runCli(["check", inbox, "--report", at("en.xlsx"), "--lang", "en", "-q"]);
    expect(r.stderr).toContain(`jxzp: report written to ${at("en.xlsx")}`);
    const s = sheets(readFileSync(at("en.xlsx")));
    expect([...s.keys()]).toEqual(["Forms", "Findings", "Cross-form", "Summary"]);
    expect(s.get("Forms")![0]).toEqual(FORM_COLUMNS.map((c) => c.header.en));
    expect(s.get("Forms")![1][3]).toBe("unreadable");
  }, 60_000);
});

describe("the report never touches an input", () => {
  test("--report into a folder that does not exist: one line, exit 2, nothing created", async () => {
    const r = await runCli(["check", inbox, "--report", at("nope", "r.xlsx")]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.trim().split("\n")).toEqual([
      `jxzp: 输出文件夹不存在：${at("nope")}（请先建立该文件夹，或换一个输出路径）`,
    ]);
    expect(existsSync(at("nope"))).toBe(false);
  });

  test("--report naming an input file: refused before anything is read, the input unchanged", async () => {
    const input = path.join(inbox, "单位甲", "培训经费.xlsx");
    const before = readFileSync(input);
    // Also through a link: the real paths are compared.
    await fs.symlink(input, at("link.xlsx"));
    for (const out of [input, at("link.xlsx")]) {
      const r = await runCli(["check", input, "--report", out]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toContain("报告从不覆盖输入文件");
    }
    expect(readFileSync(input).equals(before)).toBe(true);
  });

  test("last run's report inside the folder is skipped as an input, then replaced", async () => {
    const inside = path.join(inbox, "汇总.xlsx");
    await fs.writeFile(inside, xlsx);
    const r = await runCli(["check", inbox, "--report", inside, "--jobs", "1"]);
    expect(r.stderr).toContain("跳过 1 个本次输出的报告文件");
    expect(r.stdout).not.toContain(`文件：${inside}`);
    await fs.rm(inside);
  }, 60_000);
});
