// The reader measures of `npm run bench`: library comparison over the corpus (tolerance, time, peak
// RSS in a fresh process each), check throughput against the floor, peak RSS on a 200 000-row
// sheet, 5 000 stacked forms, a stray far cell. Ratios and counts only, all within one run.
import { execFileSync } from "child_process";
import { promises as fs, readFileSync } from "fs";
import * as os from "os";
import * as path from "path";
import JSZip from "jszip";
import { run } from "../src/cli/run";
import { buildXlsx } from "../testkit/fixtures/build";
import { cleanForm } from "../testkit/fixtures/forms";
import { mistakesForm } from "../testkit/fixtures/mistakes";
import type { Layout, WorkbookSpec } from "../testkit/fixtures/spec";
import { convertWithLibreOffice, sofficePath } from "../testkit/libreoffice";
import { WPS_SAMPLES, wpsSample, wpsSamplesPresent } from "../testkit/samples";
import { floorRead, type Probe } from "./reader-probe";
import { ratio } from "./timing";
import type { Result } from "./run";

const LAYOUTS: Layout[] = ["shanxi", "central-2020", "sichuan"];
const PROBE = path.join(__dirname, "reader-probe.js");

interface ProbeOut {
  ok: number;
  failed: string[];
  ms: number;
  maxRssMB: number;
}

function probe(kind: Probe, files: string[]): ProbeOut {
  const out = execFileSync(process.execPath, ["--max-old-space-size=4096", PROBE, kind, ...files], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    timeout: 900_000,
  });
  return JSON.parse(out.trim().split("\n").pop() as string) as ProbeOut;
}

function specOf(i: number): WorkbookSpec {
  const n = 1 + (i % 3);
  const forms = Array.from({ length: n }, (_, k) =>
    (i + k) % 2 ? cleanForm(LAYOUTS[(i + k) % 3]) : mistakesForm(LAYOUTS[(i + k) % 3])
  );
  return i % 2
    ? { sheets: [{ name: "自评表", forms: forms.map((form) => ({ form })) }] }
    : { sheets: forms.map((form, k) => ({ name: `表${k + 1}`, forms: [{ form }] })) };
}

/** The sheet XML of a one-sheet package, rewritten by `fn`; the package otherwise as built. */
async function rewriteSheet(bytes: Buffer, fn: (xml: string) => string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const part = "xl/worksheets/sheet1.xml";
  zip.file(part, fn(await zip.file(part)!.async("string")));
  return Buffer.from(await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
}

const shiftRef = (ref: string, by: number) =>
  ref.replace(/([A-Z]+)(\d+)/g, (_m, c: string, r: string) => `${c}${Number(r) + by}`);

/** One form's rows and merges repeated `n` times down the sheet (what 5 000 stacked forms are). */
function stackXml(xml: string, n: number): string {
  const data = /<sheetData>([\s\S]*)<\/sheetData>/.exec(xml)?.[1] ?? "";
  const rows = data.match(/<row [\s\S]*?<\/row>/g) ?? [];
  const merges = xml.match(/<mergeCell ref="[^"]+"\/>/g) ?? [];
  const height = Math.max(...rows.map((r) => Number(/<row r="(\d+)"/.exec(r)?.[1] ?? 0)));
  const step = height + 2;
  const outRows: string[] = [];
  const outMerges: string[] = [];
  for (let k = 0; k < n; k++) {
    const by = k * step;
    for (const r of rows) {
      outRows.push(
        r
          .replace(/<row r="(\d+)"/, (_m, x: string) => `<row r="${Number(x) + by}"`)
          .replace(/ r="([A-Z]+\d+)"/g, (_m, a: string) => ` r="${shiftRef(a, by)}"`)
          .replace(/<f>[^<]*<\/f>/g, "")
          .replace(/ spans="[^"]*"/g, "")
      );
    }
    for (const m of merges)
      outMerges.push(m.replace(/ref="([^"]+)"/, (_x, a: string) => `ref="${shiftRef(a, by)}"`));
  }
  return xml
    .replace(/<dimension ref="[^"]*"\/>/, "")
    .replace(/<sheetData>[\s\S]*<\/sheetData>/, `<sheetData>${outRows.join("")}</sheetData>`)
    .replace(
      /<mergeCells[\s\S]*<\/mergeCells>/,
      `<mergeCells count="${outMerges.length}">${outMerges.join("")}</mergeCells>`
    );
}

/** A sheet of `rows` rows of 8 cells (numbers and inline strings), no form: a big export. */
function bigXml(xml: string, rows: number): string {
  const parts: string[] = [];
  for (let r = 1; r <= rows; r++) {
    parts.push(
      `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>项目${r}</t></is></c>` +
        `<c r="B${r}"><v>${r}</v></c><c r="C${r}"><v>${r * 1.5}</v></c><c r="D${r}"><v>0.9</v></c>` +
        `<c r="E${r}" t="inlineStr"><is><t>≥95%</t></is></c><c r="F${r}"><v>10</v></c>` +
        `<c r="G${r}"><v>9.5</v></c><c r="H${r}" t="inlineStr"><is><t>说明</t></is></c></row>`
    );
  }
  return xml.replace(
    /<sheetData\s*\/>|<sheetData>[\s\S]*<\/sheetData>/,
    `<sheetData>${parts.join("")}</sheetData>`
  );
}

export async function readerBench(out: Result[], log: (s: string) => void): Promise<void> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "jxzp-bench-read-"));
  try {
    // The corpus: generated fixtures, their LibreOffice re-saves, the WPS samples (and LO's .xlsx of them).
    const generated: string[] = [];
    for (let i = 0; i < 30; i++) {
      const file = path.join(dir, `gen${i}.xlsx`);
      await fs.writeFile(file, await buildXlsx(specOf(i)));
      generated.push(file);
    }
    const corpus: Record<string, string[]> = { "generated .xlsx": generated };
    if (sofficePath()) {
      for (const fmt of ["xlsx", "xls", "ods"])
        corpus[`LibreOffice .${fmt}`] = convertWithLibreOffice(generated, fmt);
    } else log("bench: LibreOffice not installed: re-saves left out of the corpus");
    if (wpsSamplesPresent()) {
      corpus["WPS .xls"] = WPS_SAMPLES.map(wpsSample);
      if (sofficePath())
        corpus["WPS → LibreOffice .xlsx"] = convertWithLibreOffice(corpus["WPS .xls"], "xlsx");
    }
    const all = Object.values(corpus).flat();
    const zips = all.filter((f) => f.endsWith(".xlsx"));

    for (const lib of ["exceljs", "sheetjs", "floor"] as const) {
      const files = lib === "floor" ? zips : all;
      const r = probe(lib, files);
      const per = Object.entries(corpus)
        .map(([k, fs_]) => [k, fs_.filter((f) => files.includes(f))] as const)
        .filter(([, fs_]) => fs_.length > 0)
        .map(
          ([k, fs_]) =>
            `${k} ${fs_.filter((f) => !r.failed.some((x) => x.startsWith(f + ":"))).length}/${fs_.length}`
        )
        .join(", ");
      log(
        `bench: ${lib}: ${r.ok}/${files.length} read (${per}); ${r.ms.toFixed(0)} ms; peak RSS ${r.maxRssMB.toFixed(0)} MB`
      );
      for (const f of r.failed.slice(0, 3)) log(`  ${lib} failed: ${f.slice(0, 160)}`);
      out.push({
        area: "reader",
        measure: `${lib === "floor" ? "floor (JSZip + saxes, .xlsx only)" : lib}: files of the corpus read (${per})`,
        value: r.ok,
        unit: `of ${files.length}; ${r.ms.toFixed(0)} ms; peak RSS ${r.maxRssMB.toFixed(0)} MB`,
        target: lib === "sheetjs" ? "all" : "measured",
        ok: lib !== "sheetjs" || r.ok === files.length,
      });
    }

    // Speed on equal ground: the .xlsx files every candidate reads.
    const common = zips.filter(
      (f) => !f.includes("WPS") && !/jxzp-lo-.*\/(project-library)/.test(f)
    );
    const speed = (["exceljs", "sheetjs", "floor"] as const).map((lib) => probe(lib, common));
    out.push({
      area: "reader",
      measure: `read time ÷ the floor's on the ${common.length} .xlsx every candidate reads: exceljs, SheetJS`,
      value: speed[1].ms / speed[2].ms,
      unit: `× SheetJS, ${(speed[0].ms / speed[2].ms).toFixed(2)}× exceljs`,
      target: "measured",
      ok: true,
    });

    const silent = { stdout: () => undefined, stderr: () => undefined };
    const t = await ratio(
      () => run(["check", ...zips, "--json"], silent),
      async () => {
        for (const f of zips) await floorRead(readFileSync(f));
      },
      3,
      1
    );
    out.push({
      area: "reader",
      measure: `\`jxzp check\` ÷ floor (unzip + one XML tokenizing pass), ${zips.length} .xlsx of the corpus`,
      value: t.ratio,
      unit: "×",
      target: "≤ 2×",
      ok: t.ratio <= 2,
    });

    // Big inputs: each checked in a fresh process for its own peak RSS.
    const one = await buildXlsx({
      sheets: [{ name: "自评表", forms: [{ form: cleanForm("shanxi") }] }],
    });
    const big = path.join(dir, "rows-200000.xlsx");
    await fs.writeFile(big, await rewriteSheet(one, (x) => bigXml(x, 200_000)));
    const bigCheck = probe("check", [big]);
    const bigFloor = probe("floor", [big]);
    const bigExcel = probe("exceljs", [big]);
    const bigSheetJs = probe("sheetjs", [big]);
    log(
      `bench: 200 000 rows: peak RSS check ${bigCheck.maxRssMB.toFixed(0)} MB (${bigCheck.ms.toFixed(0)} ms), ` +
        `SheetJS read ${bigSheetJs.maxRssMB.toFixed(0)} MB (${bigSheetJs.ms.toFixed(0)} ms), ` +
        `exceljs read ${bigExcel.maxRssMB.toFixed(0)} MB (${bigExcel.ms.toFixed(0)} ms), ` +
        `floor ${bigFloor.maxRssMB.toFixed(0)} MB (${bigFloor.ms.toFixed(0)} ms)`
    );
    out.push({
      area: "reader",
      measure: `peak RSS of \`jxzp check\` on a 200 000-row sheet (${((await fs.stat(big)).size / 1048576).toFixed(1)} MB file) ÷ the floor's`,
      value: bigCheck.maxRssMB / bigFloor.maxRssMB,
      unit: `× (${bigCheck.maxRssMB.toFixed(0)} MB vs ${bigFloor.maxRssMB.toFixed(0)} MB)`,
      target: "≤ 4×",
      ok: bigCheck.maxRssMB / bigFloor.maxRssMB <= 4,
    });

    const stacked = async (n: number) => {
      const file = path.join(dir, `stacked-${n}.xlsx`);
      await fs.writeFile(file, await rewriteSheet(one, (x) => stackXml(x, n)));
      return probe("check", [file]);
    };
    const s50 = await stacked(50);
    const s5000 = await stacked(5000);
    const growth = s5000.ms / 5000 / (s50.ms / 50);
    out.push({
      area: "reader",
      measure: `\`jxzp check\` cost per form, 5 000 stacked forms ÷ 50 (1.0 = linear)`,
      value: growth,
      unit: `× (5 000 forms: ${(s5000.ms / 1000).toFixed(1)} s, peak RSS ${s5000.maxRssMB.toFixed(0)} MB)`,
      target: "≤ 1.5×",
      ok: growth <= 1.5,
    });

    const stray = path.join(dir, "stray.xlsx");
    await fs.writeFile(
      stray,
      await rewriteSheet(one, (x) =>
        x.replace(
          "</sheetData>",
          '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData>'
        )
      )
    );
    const plain = path.join(dir, "plain.xlsx");
    await fs.writeFile(plain, one);
    const a = probe("check", [stray]);
    const b = probe("check", [plain]);
    out.push({
      area: "reader",
      measure:
        "peak RSS of `jxzp check`, one form plus a value at XFD1048576 ÷ the same form alone",
      value: a.maxRssMB / b.maxRssMB,
      unit: `× (${a.maxRssMB.toFixed(0)} MB vs ${b.maxRssMB.toFixed(0)} MB)`,
      target: "≤ 1.5×",
      ok: a.maxRssMB / b.maxRssMB <= 1.5,
    });
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}
