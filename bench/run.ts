// `npm run bench`: ratios measured in one run — core vs a bare scan, CLI vs exceljs alone, the readers
// (bench/readers.ts), adapter sync counts,
// task-pane bundle size — printed as a markdown table and written to bench/results.json and bench/README.md.
import { promises as fs, readdirSync, readFileSync } from "fs";
import * as os from "os";
import * as path from "path";
import { gzipSync } from "zlib";
import ExcelJS from "exceljs";
import { sheetToData } from "../src/cli/read-xlsx";
import { run } from "../src/cli/run";
import { evaluate, Grid, type SheetData } from "../src/core";
import { buildWorkbook } from "../testkit/fixtures/build";
import { cleanForm } from "../testkit/fixtures/forms";
import { mistakesForm } from "../testkit/fixtures/mistakes";
import type { FormSpec, Layout, WorkbookSpec } from "../testkit/fixtures/spec";
import { modelFromExcelJs } from "../testkit/emulator/from-xlsx";
import { emulatorPort } from "../testkit/emulator/port";
import { readerBench } from "./readers";
import { fixBench } from "./fix-bench";
import { wpsBench } from "./wps-bench";
import { webSizeBench } from "./web-size";
import { targetsBench } from "./targets";
import { batchBench } from "./batch";
import { ratio } from "./timing";

export interface Result {
  area: "core" | "cli" | "reader" | "adapter" | "bundle";
  measure: string;
  value: number;
  unit: string;
  target: string;
  ok: boolean;
}

const LAYOUTS: Layout[] = ["shanxi", "central-2020", "sichuan"];
const ROOT = process.cwd();

/** n forms, the three layouts and clean/mistaken in turn: a realistic mix. */
function formsOf(n: number): FormSpec[] {
  return Array.from({ length: n }, (_, i) =>
    i % 2 ? cleanForm(LAYOUTS[i % 3]) : mistakesForm(LAYOUTS[i % 3])
  );
}

function stackedSpec(n: number): WorkbookSpec {
  return { sheets: [{ name: "自评表", forms: formsOf(n).map((form) => ({ form })) }] };
}

function perSheetSpec(n: number): WorkbookSpec {
  return { sheets: formsOf(n).map((form, i) => ({ name: `表${i + 1}`, forms: [{ form }] })) };
}

/** The least any checker does: build the grid and read every cell's text once. */
function bareScan(sheet: SheetData): number {
  const grid = new Grid(sheet);
  let chars = 0;
  for (let r = grid.top; r <= grid.bottom; r++)
    for (let c = grid.left; c <= grid.right; c++) chars += grid.text(r, c).length;
  return chars;
}

async function coreBench(out: Result[]): Promise<void> {
  const perForm: Record<number, number> = {};
  const reps: Record<number, number> = { 1: 201, 20: 31, 200: 7 };
  for (const n of [1, 20, 200]) {
    const sheet = sheetToData(buildWorkbook(stackedSpec(n)).worksheets[0]);
    const r = await ratio(
      () => evaluate([sheet]),
      () => bareScan(sheet),
      reps[n]
    );
    perForm[n] = r.a / n;
    out.push({
      area: "core",
      measure: `evaluate ÷ bare scan, ${n} form${n > 1 ? "s" : ""} on a sheet`,
      value: r.ratio,
      unit: "×",
      target: "≤ 2×",
      ok: r.ratio <= 2,
    });
  }
  for (const n of [20, 200]) {
    const growth = perForm[n] / perForm[1];
    out.push({
      area: "core",
      measure: `cost per form, ${n} forms ÷ 1 form (1.0 = linear)`,
      value: growth,
      unit: "×",
      target: "≈ 1 (linear)",
      ok: growth <= 1.5,
    });
  }
}

const silent = { stdout: () => undefined, stderr: () => undefined };

async function cliBench(out: Result[]): Promise<void> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "jxzp-bench-"));
  try {
    const files: string[] = [];
    for (let i = 0; i < 100; i++) {
      const n = 1 + (i % 3);
      const spec = i % 2 ? stackedSpec(n) : perSheetSpec(n);
      const file = path.join(dir, `wb${i}.xlsx`);
      await buildWorkbook(spec).xlsx.writeFile(file);
      files.push(file);
    }
    const r = await ratio(
      () => run(["check", ...files, "--json"], silent),
      async () => {
        for (const file of files) await new ExcelJS.Workbook().xlsx.readFile(file);
      },
      3,
      1
    );
    out.push({
      area: "cli",
      measure: "`jxzp check` on 100 workbooks ÷ exceljs loading them",
      value: r.ratio,
      unit: "×",
      target: "≤ 1.3×",
      ok: r.ratio <= 1.3,
    });
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

async function syncCount(
  spec: WorkbookSpec,
  action: "check" | "recompute" | "undo",
  scope: "sheet" | "workbook"
): Promise<number> {
  const { wb, port } = emulatorPort(modelFromExcelJs(buildWorkbook(spec)));
  if (action === "undo") {
    await port.recompute(scope);
    const before = wb.syncCount;
    await port.undo();
    return wb.syncCount - before;
  }
  await (action === "check" ? port.check(scope) : port.recompute(scope));
  return wb.syncCount;
}

async function adapterBench(out: Result[]): Promise<void> {
  const cases: [string, "check" | "recompute" | "undo", "sheet" | "workbook"][] = [
    ["检查 (active sheet)", "check", "sheet"],
    ["重新计算并写入 (active sheet)", "recompute", "sheet"],
    ["撤销 (after a recompute)", "undo", "sheet"],
    ["检查 (whole workbook)", "check", "workbook"],
    ["重新计算并写入 (whole workbook)", "recompute", "workbook"],
  ];
  for (const [label, action, scope] of cases) {
    const spec = (n: number) => (scope === "sheet" ? stackedSpec(n) : perSheetSpec(n));
    const one = await syncCount(spec(1), action, scope);
    const fifty = await syncCount(spec(50), action, scope);
    out.push({
      area: "adapter",
      measure: `context.sync() count, ${label}: 1 form → 50 forms${scope === "workbook" ? " (50 sheets)" : ""}`,
      value: fifty,
      unit: `syncs (1 form: ${one})`,
      target: "same for 1 and 50",
      ok: one === fifty,
    });
  }
}

function bundleBench(out: Result[]): void {
  const dir = path.join(ROOT, "dist", "addin");
  // office.js is loaded from Microsoft's CDN by taskpane.html, so it is not among these files.
  const js = readdirSync(dir).filter((f) => f.endsWith(".js"));
  if (js.length === 0) throw new Error(`no task-pane bundle in ${dir}: run npm run build first`);
  const bytes = js.reduce(
    (n, f) => n + gzipSync(readFileSync(path.join(dir, f)), { level: 9 }).length,
    0
  );
  const kb = bytes / 1024;
  out.push({
    area: "bundle",
    measure: `task-pane JavaScript gzipped (${js.join(", ")}), office.js excluded`,
    value: kb,
    unit: "KB",
    target: "≤ 300 KB",
    ok: kb <= 300,
  });
}

function fmt(r: Result): string {
  const v =
    r.unit === "KB" ? r.value.toFixed(1) : r.unit === "×" ? r.value.toFixed(2) : String(r.value);
  return r.unit === "×" ? `${v}×` : `${v} ${r.unit}`;
}

export function table(results: Result[]): string {
  const lines = [
    "| area | measure | result | target | met |",
    "| --- | --- | --- | --- | --- |",
    ...results.map(
      (r) => `| ${r.area} | ${r.measure} | ${fmt(r)} | ${r.target} | ${r.ok ? "yes" : "**no**"} |`
    ),
  ];
  return lines.join("\n");
}

const START = "<!-- bench:start -->";
const END = "<!-- bench:end -->";

async function main(): Promise<void> {
  const results: Result[] = [];
  const step = async (name: string, fn: () => Promise<void> | void) => {
    const t = Date.now();
    await fn();
    process.stderr.write(`bench: ${name} done in ${((Date.now() - t) / 1000).toFixed(1)} s\n`);
  };
  await step("core", () => coreBench(results));
  await step("cli", () => cliBench(results));
  await step("reader", () => readerBench(results, (s) => process.stderr.write(s + "\n")));
  await step("fix", async () => void results.push(...(await fixBench())));
  await step("wps", async () => void results.push(...(await wpsBench())));
  await step("targets", async () => void results.push(...(await targetsBench())));
  await step("batch", async () => void results.push(...(await batchBench(console.error))));
  await step("adapter", () => adapterBench(results));
  await step("bundle", () => bundleBench(results));
  await step("web", () => webSizeBench(results));

  const md = table(results);
  const date = new Date().toISOString();
  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, Node ${process.version}`;
  console.log(md);
  console.log(`\n${date} — ${machine}`);
  const json = { date, machine, results };
  await fs.writeFile(
    path.join(ROOT, "bench", "results.json"),
    JSON.stringify(json, null, 2) + "\n"
  );
  // Both READMEs show the latest table between the markers.
  for (const readme of [path.join(ROOT, "bench", "README.md"), path.join(ROOT, "README.md")]) {
    const text = await fs.readFile(readme, "utf8");
    const i = text.indexOf(START);
    const j = text.indexOf(END);
    if (i >= 0 && j > i) {
      const block = `${START}\n${md}\n\nMeasured ${date} on ${machine}.\n${END}`;
      await fs.writeFile(readme, text.slice(0, i) + block + text.slice(j + END.length));
    }
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? (err.stack ?? err.message) : String(err));
  process.exit(1);
});
