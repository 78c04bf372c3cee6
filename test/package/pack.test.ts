// What `npm pack` ships: the built CLI and the core it runs on, README.md, LICENSE and docs/ — never
// tests, the testkit (fixture builders, emulator), bench, scripts, TypeScript sources or source maps.
import { beforeAll, describe, expect, test } from "@jest/globals";
import { spawnSync } from "child_process";
import { existsSync, readFileSync, readdirSync } from "fs";
import * as path from "path";

const ROOT = path.resolve(__dirname, "../..");
const BIN = "dist/cli/main.js";
const manifest = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as {
  bin: Record<string, string>;
  files: string[];
};

interface PackedFile {
  path: string;
}

/** Runs `npm pack --dry-run --json`: its `prepack` builds the CLI afresh, nothing is written. */
function packedFiles(): string[] {
  const result = spawnSync("npm", ["pack", "--dry-run", "--json"], {
    cwd: ROOT,
    encoding: "utf8",
    shell: process.platform === "win32",
  });
  if (result.status !== 0) throw new Error(`npm pack failed:\n${result.stderr}`);
  // Lifecycle scripts print to stderr; stdout holds the JSON alone.
  const [pack] = JSON.parse(result.stdout) as { files: PackedFile[] }[];
  return pack.files.map((f) => f.path.split(path.sep).join("/"));
}

/** Every file under a directory of the repository, as package paths. */
function filesUnder(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(ROOT, path.join(e.parentPath, e.name)).split(path.sep).join("/"));
}

/** Where a relative `require("./x")` in a packaged file lands, if that file is packaged. */
function resolvesInside(from: string, spec: string, packed: Set<string>): boolean {
  const base = path.posix.normalize(path.posix.join(path.posix.dirname(from), spec));
  return [base, `${base}.js`, `${base}.json`, `${base}/index.js`].some((p) => packed.has(p));
}

describe("npm pack", () => {
  let files: string[] = [];
  let packed = new Set<string>();

  // One pack for the whole suite: it runs tsc once through prepack.
  beforeAll(() => {
    files = packedFiles();
    packed = new Set(files);
  }, 120_000);

  test("the bin is the short path and is in the package", () => {
    expect(manifest.bin).toEqual({ jxzp: BIN });
    expect(packed.has(BIN)).toBe(true);
  });

  test("README.md, LICENSE and package.json are in it", () => {
    for (const file of ["README.md", "LICENSE", "package.json"])
      expect(packed.has(file)).toBe(true);
    expect(readFileSync(path.join(ROOT, "LICENSE"), "utf8")).toMatch(/^MIT License/);
  });

  test("docs/ ships whole (or, before docs/ exists, the package names it)", () => {
    expect(manifest.files).toContain("docs/");
    if (!existsSync(path.join(ROOT, "docs"))) return;
    const docs = filesUnder("docs");
    expect(docs.length).toBeGreaterThan(0);
    expect(docs.filter((f) => !packed.has(f))).toEqual([]);
  });

  test("nothing but the built CLI, core and file layer, the docs and the three top-level files", () => {
    const allowed = /^(dist\/(cli|core|files)\/.+\.js|docs\/.+|README\.md|LICENSE|package\.json)$/;
    expect(files.filter((f) => !allowed.test(f))).toEqual([]);
  });

  test("no test code, testkit, fixtures, bench, scripts or source maps", () => {
    const forbidden =
      /(^|\/)(test|tests|testkit|fixtures|emulator|bench|scripts|e2e)\/|\.test\.|\.map$|\.tsx?$/;
    expect(files.filter((f) => forbidden.test(f))).toEqual([]);
  });

  test("every relative require of a packaged script lands inside the package", () => {
    const missing: string[] = [];
    for (const file of files.filter((f) => f.endsWith(".js"))) {
      const code = readFileSync(path.join(ROOT, file), "utf8");
      for (const [, spec] of code.matchAll(/require\("(\.{1,2}\/[^"]*)"\)/g)) {
        if (!resolvesInside(file, spec, packed)) missing.push(`${file} → ${spec}`);
      }
    }
    expect(missing).toEqual([]);
  });

  test("the packaged bin checks the bundled sample", () => {
    const run = spawnSync(process.execPath, [BIN, "check", "--json", "assets/sample.xlsx"], {
      cwd: ROOT,
      encoding: "utf8",
    });
    // Exit 1: the sample holds deliberate mistakes; 2 would mean the run itself failed.
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout) as { version: number; files: { forms: unknown[] }[] };
    expect(report.version).toBe(1);
    expect(report.files[0].forms).toHaveLength(4);
  });
});
