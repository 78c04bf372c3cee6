// The page's controller in Node: the same modules the page runs, checked against `jxzp check` / `jxzp fix`.
import { promises as fsp } from "fs";
import * as os from "os";
import * as path from "path";
import { escapeHtml, formatNumber } from "../../src/core";
import { readWorkbook } from "../../src/files";
import { problemGroups } from "../../src/taskpane/problems";
import { batchRow, batchTotals } from "../../src/web/logic/batch";
import { checkFile, isWritable } from "../../src/web/logic/check-file";
import { displayValue } from "../../src/web/logic/display";
import { fixFile, fixedName } from "../../src/web/logic/fix-file";
import { previews } from "../../src/web/logic/preview";
import { reportHtml } from "../../src/web/logic/report-html";
import { pageStrings, webText } from "../../src/web/logic/strings";
import { fileVerdict } from "../../src/web/logic/verdict";
import { buildXlsx } from "../../testkit/fixtures/build";
import { cleanForm } from "../../testkit/fixtures/forms";
import { mistakesForm } from "../../testkit/fixtures/mistakes";
import { runCli } from "../cli/run-cli";
import {
  cleanXlsx,
  encrypted,
  mistakesXlsx,
  sampleXlsx,
  seedXlsx,
  wpsFiles,
  type NamedFile,
} from "./files";

interface Flat {
  sheet: string;
  cell: string;
  code: string;
  severity: string;
}

const key = (f: Flat) => `${f.sheet}!${f.cell} ${f.code} ${f.severity}`;

/** Every finding of the page's check, as "Sheet!A1 CODE severity", sorted. */
function pageFindings(file: NamedFile): string[] {
  const checked = checkFile(file.name, file.bytes);
  const ev = checked.evaluation!;
  return [...ev.sheetFindings, ...ev.forms.flatMap((f) => f.findings)].map(key).sort();
}

let dir: string;
beforeAll(async () => {
  dir = await fsp.mkdtemp(path.join(os.tmpdir(), "jxzp-web-"));
});
afterAll(() => fsp.rm(dir, { recursive: true, force: true }));

async function onDisk(file: NamedFile): Promise<string> {
  const p = path.join(dir, file.name);
  await fsp.writeFile(p, file.bytes);
  return p;
}

/** `jxzp check --json`'s findings of the same file, in the same shape. */
async function cliFindings(file: NamedFile): Promise<string[]> {
  const r = await runCli(["check", await onDisk(file), "--json"]);
  const report = JSON.parse(r.stdout) as {
    files: { forms: { findings: Flat[] }[]; findings?: Flat[] }[];
  };
  const f = report.files[0];
  return [...(f.findings ?? []), ...f.forms.flatMap((x) => x.findings)].map(key).sort();
}

describe("check: the same findings as jxzp check", () => {
  it.each([
    ["mistakes", mistakesXlsx],
    ["clean", cleanXlsx],
    ["seed", seedXlsx],
    ["sample", async () => sampleXlsx()],
  ])("%s", async (_label, make) => {
    const file = await make();
    const mine = pageFindings(file);
    expect(mine).toEqual(await cliFindings(file));
    expect(checkFile(file.name, file.bytes).error).toBeNull();
  });

  it("the WPS samples (.xls): read, checked like the CLI, no fixed copy", async () => {
    const samples = wpsFiles();
    if (process.env.CI) expect(samples).toHaveLength(2);
    for (const s of samples) {
      const checked = checkFile(s.name, s.bytes);
      expect(checked.error).toBeNull();
      expect(checked.kind).toBe("xls");
      expect(isWritable(checked)).toBe(false);
      expect(pageFindings(s)).toEqual(await cliFindings(s));
      const out = fixFile(checked);
      expect(out).toEqual({ kind: "refused", reason: webText.fixLegacy });
      expect(out.kind === "refused" && out.reason.zh).toContain("另存为 .xlsx");
    }
  });

  it("an encrypted, an empty and a non-spreadsheet file come back as rows with the reader's words", () => {
    const enc = checkFile(encrypted().name, encrypted().bytes);
    expect(enc.error?.code).toBe("ENCRYPTED");
    expect(enc.error?.message.zh).toContain("文件已加密");
    expect(enc.error?.message.en).toContain("password");
    expect(checkFile("空.xlsx", new Uint8Array(0)).error?.code).toBe("EMPTY_FILE");
    const pdf = checkFile("x.xlsx", new TextEncoder().encode("%PDF-1.4 nothing"));
    expect(pdf.error?.code).toBe("NOT_SPREADSHEET");
    expect(fixFile(enc)).toEqual({ kind: "refused", reason: webText.fixUnreadable });
    const row = batchRow(enc);
    expect(row).toMatchObject({ status: "unreadable", forms: 0, error: enc.error?.message });
  });
});

describe("fix: the bytes jxzp fix writes", () => {
  it("patches the same cells into the same bytes, and the re-check has nothing left to recompute", async () => {
    const file = await mistakesXlsx();
    const checked = checkFile(file.name, file.bytes);
    const out = fixFile(checked);
    if (out.kind !== "fixed") throw new Error("refused");
    const cliOut = path.join(dir, "cli-fixed.xlsx");
    const r = await runCli(["fix", await onDisk(file), "-o", cliOut]);
    expect(r.stderr).toBe("");
    expect(Buffer.from(out.bytes).equals(await fsp.readFile(cliOut))).toBe(true);
    expect(out.applied.length).toBeGreaterThan(0);
    expect(out.applied).toEqual(checked.evaluation!.writes);
    expect(out.name).toBe("有错误的表（已更正）.xlsx");
    // Recomputed cells are right now: no write is left, no error stays on a written cell.
    const after = out.after.evaluation!;
    expect(after.writes).toEqual([]);
    const written = new Set(out.applied.map((w) => `${w.sheet}!${w.cell}`));
    const errors = after.forms.flatMap((f) => f.findings).filter((f) => f.severity === "error");
    expect(errors.filter((f) => written.has(`${f.sheet}!${f.cell}`))).toEqual([]);
    // Only the computed cells differ: every other cell reads back as before.
    const before = readWorkbook(file.bytes).sheets[0];
    const fixed = readWorkbook(out.bytes).sheets[0];
    const diff: string[] = [];
    const rows = Math.max(before.values.length, fixed.values.length);
    for (let r = 0; r < rows; r++) {
      const cols = Math.max(before.values[r]?.length ?? 0, fixed.values[r]?.length ?? 0);
      for (let c = 0; c < cols; c++) {
        if ((before.values[r]?.[c] ?? null) !== (fixed.values[r]?.[c] ?? null)) {
          diff.push(
            `${before.name}!${String.fromCharCode(65 + before.left + c)}${before.top + r + 1}`
          );
        }
      }
    }
    expect(diff.sort()).toEqual([...written].sort());
  });

  it("a stale formula result after the writes is set aside (recalculated on open), as jxzp fix does", async () => {
    // A wrong budget score to write, and a total kept as a formula whose cached result goes stale.
    const form = cleanForm("shanxi", {
      funding: { total: { score: { value: 8, numFmt: "0.00" } } },
      total: {
        score: { value: 97, formula: "SUM({ind.score.first}:{ind.score.last})+{fund.score}" },
      },
    });
    const bytes = new Uint8Array(
      await buildXlsx({ sheets: [{ name: "自评表", forms: [{ form }] }] })
    );
    const out = fixFile(checkFile("f.xlsx", bytes));
    if (out.kind !== "fixed") throw new Error("refused");
    expect(out.recalcOnOpen).toBe(true);
    expect(out.stale).toEqual(["自评表!I25"]);
    expect(out.unchecked.map((f) => `${f.cell} ${f.code}`)).toContain(
      "I25 FORMULA_RESULT_MISMATCH"
    );
    expect(out.remaining.errors).toBe(0);
    // The formula itself is untouched.
    const again = readWorkbook(out.bytes).sheets[0];
    const formulas = (again.formulas ?? []).flat().filter(Boolean);
    expect(formulas).toHaveLength(1);
  });

  it("a clean form: nothing to write, the copy re-checks clean", async () => {
    const file = await cleanXlsx();
    const out = fixFile(checkFile(file.name, file.bytes));
    if (out.kind !== "fixed") throw new Error("refused");
    expect(out.applied).toEqual([]);
    expect(
      out.after.evaluation!.forms.flatMap((f) => f.findings).filter((f) => f.severity === "error")
    ).toEqual([]);
  });

  it("an .xlsx named .et or .xls is refused as jxzp fix refuses it", async () => {
    const file = await mistakesXlsx();
    for (const name of ["表.et", "表.XLS"]) {
      const checked = checkFile(name, file.bytes);
      expect(checked.error).toBeNull();
      expect(fixFile(checked)).toEqual({ kind: "refused", reason: webText.fixLegacy });
    }
  });

  it("names the download after the input", () => {
    expect(fixedName("自评表.xlsx")).toBe("自评表（已更正）.xlsx");
    expect(fixedName("宏.XLSM")).toBe("宏（已更正）.xlsm");
    expect(fixedName("a.b.xlsx")).toBe("a.b（已更正）.xlsx");
    expect(fixedName("noext")).toBe("noext（已更正）.xlsx");
  });
});

describe("preview: the form's grid", () => {
  it("spans merges, omits covered cells, marks every highlighted cell with its severity", async () => {
    const file = await mistakesXlsx();
    const checked = checkFile(file.name, file.bytes);
    const ev = checked.evaluation!;
    const [grid] = previews(checked.sheets, ev);
    expect(grid.range).toBe(ev.forms[0].range);
    const cells = grid.rows.flatMap((r) => r.cells);
    // Each row's cells and spans fill the width (a covered cell is not drawn twice).
    const width = grid.columns.length;
    const occupied = grid.rows.map(() => 0);
    grid.rows.forEach((row, i) =>
      row.cells.forEach((c) => {
        for (let k = 0; k < c.rowSpan; k++) occupied[i + k] += c.colSpan;
      })
    );
    expect(occupied.every((n) => n === width)).toBe(true);
    expect(cells.some((c) => c.rowSpan > 1 || c.colSpan > 1)).toBe(true);
    for (const h of ev.highlights) {
      const cell = cells.find((c) => c.cell === h.cell);
      expect(cell?.severity).toBe(h.severity);
    }
    for (const w of ev.writes) expect(cells.find((c) => c.cell === w.cell)?.write).toBe(w);
  });

  it("shows values as the form does", () => {
    expect(displayValue(0.8955, "0.00%")).toBe("89.55%");
    expect(displayValue(8.955, "0.00")).toBe("8.96");
    expect(displayValue(1234567.5, "#,##0.00")).toBe("1,234,567.50");
    expect(displayValue(45383, 'yyyy"年"m"月"d"日"')).toBe("2024年4月1日");
    expect(displayValue(0.1 + 0.2, "General")).toBe("0.3");
    expect(displayValue("≥96%", "@")).toBe("≥96%");
    expect(displayValue(null, null)).toBe("");
    expect(displayValue(true, null)).toBe("TRUE");
  });
});

describe("report and batch", () => {
  it("one printable A4 document: the verdict, each form's problems and scores, text escaped", async () => {
    const hostile = '<img src=x onerror="alert(1)">';
    const spec = mistakesForm();
    const bytes = await buildXlsx({
      sheets: [{ name: "表", forms: [{ form: { ...spec, project: `培训${hostile}` } }] }],
    });
    const file = checkFile("x.xlsx", new Uint8Array(bytes));
    const html = reportHtml([file], "zh", new Date(2026, 0, 2, 3, 4));
    expect(html).toContain("@page { size: A4;");
    expect(html).toContain("生成时间：2026-01-02 03:04");
    expect(html).not.toContain("<img");
    expect(html).toContain(escapeHtml(hostile));
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain("Content-Security-Policy");
    expect(html).toMatch(/发现 \d+ 个错误/);
    const ev = file.evaluation!;
    // Every problem the pane lists, in the pane's words (the answer first), and the computed total.
    for (const p of problemGroups(ev).flatMap((g) => g.problems)) {
      expect(html).toContain(escapeHtml(p.headline.zh));
    }
    expect(html).toContain(`>${formatNumber(ev.forms[0].total.computed)}<`);
    const en = reportHtml([file], "en");
    expect(en).toContain("Self-evaluation form check report");
    expect(en).toMatch(/error/);
  });

  it("the verdict names the page's own fixing button, and no button for a file it cannot write", async () => {
    const bytes = new Uint8Array(
      await buildXlsx({ sheets: [{ name: "表", forms: [{ form: mistakesForm() }] }] })
    );
    const xlsx = fileVerdict(checkFile("x.xlsx", bytes).evaluation!, "zh", pageStrings.zh.download);
    expect(xlsx.next).toContain("可点“下载更正后的工作簿”自动更正");
    expect(xlsx.next).not.toContain("重新计算并写入");
    const report = reportHtml([checkFile("x.xlsx", bytes)], "zh");
    expect(report).toContain("可点“下载更正后的工作簿”自动更正");
    const legacy = fileVerdict(checkFile("x.xlsx", bytes).evaluation!, "zh", null);
    expect(legacy.next).toContain("可由重新计算自动更正（在 Excel 或 WPS 中）");
    expect(fileVerdict(checkFile("x.xlsx", bytes).evaluation!, "en", null).next).toContain(
      "by a recompute (in Excel or WPS)"
    );
  });

  it("many files: the summary rows and totals", async () => {
    const files = [
      checkFile("a.xlsx", (await mistakesXlsx()).bytes),
      checkFile("b.xlsx", (await cleanXlsx()).bytes),
      checkFile(encrypted().name, encrypted().bytes),
    ];
    const rows = files.map(batchRow);
    expect(rows.map((r) => r.status)).toEqual([
      "fail",
      expect.stringMatching(/pass|warn/),
      "unreadable",
    ]);
    expect(rows[0].errors).toBeGreaterThan(0);
    expect(rows[0].grades[0].computed).toBe(files[0].evaluation!.forms[0].computedGrade);
    expect(batchTotals(rows)).toMatchObject({ files: 3, forms: 2, unreadable: 1 });
    const html = reportHtml(files, "zh");
    expect(html).toContain("3 个文件的检查结果");
    expect(html).toContain("文件已加密");
  });
});
