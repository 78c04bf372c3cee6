// The core reads strictly downward: every src/core file imports only its own folder or a lower layer.
import { readdirSync, readFileSync } from "fs";
import * as path from "path";

const CORE = path.join(__dirname, "../../src/core");

/**
 * The layers bottom up (docs/architecture.md). A unit is a folder of src/core or a file at its root;
 * units on one line are the same layer and may not import each other either (no sideways imports).
 */
const LAYERS: readonly (readonly string[])[] = [
  ["codes.ts"],
  ["types.ts", "decimal.ts"],
  ["i18n"],
  ["grid"],
  ["text"],
  ["values"],
  // Profiles are data (thresholds, grade bands, layout traits) that the locator and the scorer read.
  ["profiles"],
  ["locate"],
  ["score"],
  // The target-form cross-check (docs/targets.md): reads target forms as the scorer reads rows.
  ["targets"],
  ["rules", "patch"],
  ["report"],
  // Cross-form flags read the form reports of a whole batch.
  ["batch"],
  ["present"],
  ["index.ts"],
];

const rank = new Map(LAYERS.flatMap((units, i) => units.map((u) => [u, i] as const)));

/** `locate/scan.ts` → `locate`; `types.ts` → `types.ts`. */
function unitOf(file: string): string {
  return file.split("/")[0];
}

/** Relative module paths a source imports: static, re-exports, `import("…")` types and require. */
function importsOf(source: string): string[] {
  const found: string[] = [];
  const patterns = [
    /\bfrom\s+["']([^"']+)["']/g,
    /\bimport\s+["']([^"']+)["']/g,
    /\bimport\(\s*["']([^"']+)["']\s*\)/g,
    /\brequire\(\s*["']([^"']+)["']\s*\)/g,
  ];
  for (const re of patterns) for (const m of source.matchAll(re)) found.push(m[1]);
  return found.filter((p) => p.startsWith("."));
}

/** The core file (relative to src/core, with `.ts`) an import of `from` resolves to. */
function resolve(from: string, spec: string): string {
  const target = path.posix.normalize(path.posix.join(path.posix.dirname(from), spec));
  if (target.endsWith(".ts")) return target;
  const asFile = `${target}.ts`;
  return files.includes(asFile) ? asFile : `${target}/index.ts`;
}

/** Why `from` may not import `to`, or null when it may. */
function violation(from: string, to: string): string | null {
  if (to.startsWith("../")) return `${from} imports ${to}, outside the core`;
  const a = unitOf(from);
  const b = unitOf(to);
  if (a === b) return null;
  const ra = rank.get(a);
  const rb = rank.get(b);
  if (ra === undefined || rb === undefined) return `${ra === undefined ? a : b} has no layer`;
  if (rb < ra) return null;
  return `${from} (${a}) imports ${to} (${b}): ${rb === ra ? "sideways" : "upwards"}`;
}

function walk(dir: string, prefix = ""): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? walk(path.join(dir, e.name), `${prefix}${e.name}/`)
      : e.name.endsWith(".ts")
        ? [`${prefix}${e.name}`]
        : []
  );
}

const files = walk(CORE).sort();

describe("core layers", () => {
  test("every unit of src/core has a layer", () => {
    const unplaced = [...new Set(files.map(unitOf))].filter((u) => !rank.has(u));
    expect(unplaced).toEqual([]);
  });

  test("no core file imports a higher layer, a layer beside it or anything outside the core", () => {
    const problems = files.flatMap((file) =>
      importsOf(readFileSync(path.join(CORE, file), "utf8"))
        .map((spec) => violation(file, resolve(file, spec)))
        .filter((v): v is string => v !== null)
    );
    expect(problems).toEqual([]);
  });

  // The checker itself: the imports it must reject, so a passing run above means something.
  test.each([
    ["grid/grid.ts", 'import { locateForms } from "../locate/locate";', "upwards"],
    ["values/parse.ts", 'import { normLabel } from "../text/normalize";', null],
    ["rules/fund-score.ts", 'import { patchForm } from "../patch/patch";', "sideways"],
    ["score/form.ts", 'export type { X } from "../report/types";', "upwards"],
    ["report/form-report.ts", 'type D = import("../present/verdict").D;', "upwards"],
    ["locate/scan.ts", 'import { x } from "../../excel/read-grid";', "outside the core"],
  ])("%s: %s → %s", (from, source, verdict) => {
    const problems = importsOf(source).map((spec) => violation(from, resolve(from, spec)));
    if (verdict === null) expect(problems).toEqual([null]);
    else expect(problems[0]).toContain(verdict);
  });
});
