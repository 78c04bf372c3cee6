// --jobs N = --jobs 1: the same stdout, stderr, JSON report and report files, byte for byte, on a
// folder with unreadable files; the workers really run; a dying worker costs its file, not the run.
import { spawnSync } from "child_process";
import { promises as fs, readFileSync } from "fs";
import * as os from "os";
import * as path from "path";
import { checkFiles } from "../../src/cli/pool";
import type { CheckedView } from "../../src/cli/check-file";
import { expandInputs } from "../../src/cli/inputs";
import { writeBatchFolder } from "../../testkit/batch-folder";
import { WPS_SAMPLES_DIR, wpsSample, wpsSamplesPresent } from "../../testkit/samples";
import { buildCli, type BuiltCli } from "./built-cli";

let cli: BuiltCli;
let dir: string;
let inbox: string;
const at = (...p: string[]) => path.join(dir, ...p);

beforeAll(async () => {
  cli = buildCli();
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "jxzp-parallel-"));
  inbox = at("inbox");
  // Three copies of the inbox: more files than workers, so they finish out of order.
  for (const copy of ["一", "二", "三"]) await writeBatchFolder(path.join(inbox, copy));
}, 120_000);

afterAll(async () => {
  cli.remove();
  await fs.rm(dir, { recursive: true, force: true });
});

function jxzp(args: string[]) {
  const env = { ...process.env };
  delete env.COLUMNS;
  const r = spawnSync(process.execPath, [cli.main, ...args], { encoding: "utf8", env, cwd: dir });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe.each([
  ["the table", [] as string[], [1, 2, 3]],
  ["the JSON report", ["--json"], [1, 2]],
  ["English, with codes", ["--lang", "en", "--verbose"], [1, 2]],
])("%s: parallel = serial", (_name, extra, jobsList) => {
  test("stdout, stderr, exit code and both report files are byte-identical", () => {
    const runs = jobsList.map((jobs) => {
      const j = ["--jobs", String(jobs)];
      const r = jxzp(["check", "inbox", ...j, "--report", `r${jobs}.xlsx`, ...extra]);
      const html = jxzp(["check", "inbox", ...j, "--report", `r${jobs}.html`, "-q", ...extra]);
      return {
        code: r.code,
        stdout: r.stdout,
        // The report's own name is the one difference on stderr.
        stderr: r.stderr.replace(`r${jobs}.xlsx`, "R"),
        xlsx: readFileSync(at(`r${jobs}.xlsx`)).toString("base64"),
        html: readFileSync(at(`r${jobs}.html`), "utf8"),
        htmlStdout: html.stdout,
      };
    });
    expect(runs[0].code).toBe(2);
    expect(runs[0].stdout.length).toBeGreaterThan(1000);
    for (const r of runs.slice(1)) expect(r).toEqual(runs[0]);
  }, 120_000);
});

test("--targets reaches the workers: the cross-check of the WPS export is the same at --jobs 1 and 2", () => {
  if (!wpsSamplesPresent()) throw new Error(`the WPS samples are missing from ${WPS_SAMPLES_DIR}`);
  const targets = wpsSample("project-library-export.xls");
  const runs = [1, 2].map((jobs) =>
    jxzp(["check", "inbox", "--json", "--jobs", String(jobs), "--targets", targets])
  );
  expect(runs[1]).toEqual(runs[0]);
  const codes = (
    JSON.parse(runs[0].stdout) as { files: { forms: { findings: { code: string }[] }[] }[] }
  ).files.flatMap((f) => f.forms.flatMap((form) => form.findings.map((x) => x.code)));
  // The inbox's forms are other projects: each is said to have no target form of its own.
  expect(codes.filter((c) => c === "TARGET_UNPAIRED").length).toBeGreaterThan(3);
}, 120_000);

test("the JSON report lists the files in walk order, unreadable ones in their place", () => {
  const report = JSON.parse(jxzp(["check", "inbox", "--json", "--jobs", "2"]).stdout) as {
    files: { file: string; error: { code: string } | null }[];
    batch: unknown[];
  };
  const files = report.files.map((f) => f.file);
  expect(files).toEqual([...files].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  expect(files).toHaveLength(24);
  expect(report.files.filter((f) => f.error).map((f) => f.error!.code)).toEqual([
    "ENCRYPTED",
    "CORRUPT",
    "ENCRYPTED",
    "CORRUPT",
    "ENCRYPTED",
    "CORRUPT",
  ]);
  expect(report.batch.length).toBeGreaterThan(0);
});

describe("the pool", () => {
  test("spreads the files over the main thread and jobs − 1 workers, results in input order", async () => {
    const { files } = await expandInputs([inbox]);
    const threads = new Set<number>();
    const order: number[] = [];
    const views: CheckedView[] = [];
    await checkFiles(
      files,
      { evaluate: {}, jobs: 3, workerScript: cli.worker },
      {
        result: (i, v) => {
          order.push(i);
          views.push(v);
        },
        done: (_i, _f, thread) => threads.add(thread),
      }
    );
    expect(order).toEqual(files.map((_f, i) => i));
    expect(views.map((v) => v.report.file)).toEqual(files);
    expect(threads.size).toBe(3);
    expect(threads.has(0)).toBe(true);
  }, 60_000);

  test("a worker that dies fails its file with INTERNAL; the others are still checked", async () => {
    const crashing = at("crash-worker.js");
    // Dies on its second task: the first file of each worker is fine.
    await fs.writeFile(
      crashing,
      `const { parentPort, threadId } = require("worker_threads");
let n = 0;
parentPort.on("message", (t) => {
  if (++n === 2) throw new Error("boom");
  parentPort.postMessage({ index: t.index, thread: threadId, view: { report: { file: t.file, forms: [], findings: [], error: null } } });
});`
    );
    // Files that do not exist: the main thread's own checks say FILE_NOT_FOUND, the workers' say
    // nothing (the first task) or die (the second).
    const files = Array.from({ length: 12 }, (_v, i) => at(`f${i}.xlsx`));
    const views: CheckedView[] = [];
    await checkFiles(
      files,
      { evaluate: {}, jobs: 3, workerScript: crashing },
      { result: (_i, v) => views.push(v) }
    );
    expect(views.map((v) => v.report.file)).toEqual(files);
    const codes = views.map((v) => v.report.error?.code ?? null);
    expect(codes).toContain("INTERNAL");
    expect(codes).toContain(null);
    expect(codes.every((c) => c === null || c === "INTERNAL" || c === "FILE_NOT_FOUND")).toBe(true);
    for (const v of views.filter((x) => x.report.error?.code === "INTERNAL")) {
      expect(v.report.error!.message.en).toContain("boom");
    }
  }, 60_000);

  test("from the TypeScript sources (no compiled worker) files run serially on the main thread", async () => {
    const threads = new Set<number>();
    await checkFiles(
      [
        path.join(inbox, "一", "单位甲", "培训经费.xlsx"),
        path.join(inbox, "一", "单位甲", "远程教育.xlsx"),
      ],
      { evaluate: {}, jobs: 2 },
      { result: () => undefined, done: (_i, _f, t) => threads.add(t) }
    );
    expect([...threads]).toEqual([0]);
  });
});
