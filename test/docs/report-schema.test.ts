// Every JSON report the core and the CLI produce validates against docs/report.schema.json; bad ones do not.
import Ajv2020 from "ajv/dist/2020";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { evaluate, type EvaluateOptions, type JsonReport, type ProfileId } from "../../src/core";
import { RULES } from "../../src/core/rules";
import { readXlsx } from "../../src/cli/read-xlsx";
import { fileReport, jsonReport } from "../../src/cli/report";
import { runCli } from "../cli/run-cli";
import { DOCS, ROOT, read } from "./markdown";

const schema = JSON.parse(read(path.join(DOCS, "report.schema.json"))) as {
  $defs: Record<string, { enum?: string[] }>;
};
const validate = new Ajv2020({ allErrors: true, strict: true }).compile<JsonReport>(schema);

/** Validation errors as short lines, so a failing test says where the report broke the schema. */
function problems(report: unknown): string[] {
  return validate(report)
    ? []
    : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ""}`);
}

/**
 * The fixture builders, wherever this checkout keeps them (`testkit/fixtures`, formerly
 * `test/fixtures`): loaded by path so this test does not pin their folder.
 */
const KIT = ["testkit/fixtures", "test/fixtures"]
  .map((d) => path.join(ROOT, d))
  .find((d) => existsSync(path.join(d, "build.ts")))!;
type Spec = unknown;
type Layout = "central-2020" | "shanxi" | "sichuan";
const kit = {
  build: require(path.join(KIT, "build")) as { buildXlsx(spec: Spec): Promise<Buffer> },
  seed: require(path.join(KIT, "seed")) as {
    seedWorkbookSpec(kind: "stacked" | "per-sheet", cells: "text" | "numeric"): Spec;
  },
  mistakes: require(path.join(KIT, "mistakes")) as { mistakesForm(layout: Layout): unknown },
  forms: require(path.join(KIT, "forms")) as { cleanForm(layout: Layout): unknown },
};
const LAYOUTS: Layout[] = ["central-2020", "shanxi", "sichuan"];
const oneForm = (name: string, form: unknown): Spec => ({ sheets: [{ name, forms: [{ form }] }] });

const WORKBOOKS: [string, () => Spec][] = [
  ["seed, stacked, text", () => kit.seed.seedWorkbookSpec("stacked", "text")],
  ["seed, per sheet, numeric", () => kit.seed.seedWorkbookSpec("per-sheet", "numeric")],
  ...LAYOUTS.map((l): [string, () => Spec] => [
    `mistakes, ${l}`,
    () => oneForm("有错误的表", kit.mistakes.mistakesForm(l)),
  ]),
  ...LAYOUTS.map((l): [string, () => Spec] => [
    `clean, ${l}`,
    () => oneForm("自评表", kit.forms.cleanForm(l)),
  ]),
  [
    "a sheet without a form",
    () => ({ sheets: [{ name: "说明", forms: [], extraCells: { A1: "说明" } }] }),
  ],
];

const OPTIONS: EvaluateOptions[] = [{}, { profile: "central-2020" }, { gradeBands: [80, 70, 60] }];

describe("reports from the core validate against docs/report.schema.json", () => {
  test.each(WORKBOOKS)("%s", async (name, spec) => {
    const { sheets } = await readXlsx(await kit.build.buildXlsx(spec()));
    for (const options of OPTIONS) {
      const report = jsonReport([fileReport(`${name}.xlsx`, evaluate(sheets, options))]);
      expect(problems(report)).toEqual([]);
    }
  });
});

describe("reports from `jxzp check --json` validate", () => {
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "jxzp-schema-"));
    writeFileSync(path.join(dir, "mistakes.xlsx"), await kit.build.buildXlsx(WORKBOOKS[2][1]()));
    writeFileSync(path.join(dir, "garbage.xlsx"), "not a workbook");
    writeFileSync(path.join(dir, "table.csv"), "a,b\n1,2\n");
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const run = async (...files: string[]) => {
    const out = await runCli(["check", ...files, "--json"]);
    return { code: out.code, report: JSON.parse(out.stdout) as JsonReport };
  };

  test("the bundled sample (the seed's forms and the mistakes form)", async () => {
    const { code, report } = await run(path.join(ROOT, "assets/sample.xlsx"));
    expect(code).toBe(1);
    expect(report.summary.forms).toBe(4);
    expect(problems(report)).toEqual([]);
  });

  test("readable and unreadable files in one run", async () => {
    const files = ["mistakes.xlsx", "garbage.xlsx", "table.csv", "missing.xlsx"];
    const { code, report } = await run(...files.map((f) => path.join(dir, f)));
    expect(code).toBe(2);
    expect(report.files.map((f) => f.error?.code ?? null)).toEqual([
      null,
      "CORRUPT",
      "CSV",
      "FILE_NOT_FOUND",
    ]);
    expect(problems(report)).toEqual([]);
  });

  test("a named sheet that does not exist", async () => {
    const out = await runCli(["check", path.join(dir, "mistakes.xlsx"), "--sheet", "无", "--json"]);
    expect(problems(JSON.parse(out.stdout))).toEqual([]);
  });
});

describe("the schema is strict", () => {
  let good: JsonReport;
  beforeAll(async () => {
    const out = await runCli(["check", path.join(ROOT, "assets/sample.xlsx"), "--json"]);
    good = JSON.parse(out.stdout) as JsonReport;
    expect(problems(good)).toEqual([]);
  });
  const broken = (mutate: (r: JsonReport & Record<string, unknown>) => void): unknown => {
    const copy = structuredClone(good) as JsonReport & Record<string, unknown>;
    mutate(copy);
    return copy;
  };
  const form = (r: JsonReport) => r.files[0].forms[3];

  test.each<[string, (r: JsonReport & Record<string, unknown>) => void]>([
    ["a float where a decimal string belongs", (r) => Object.assign(form(r).budget, { rate: 0.8 })],
    ["a float score", (r) => Object.assign(form(r).indicators[0], { computed: 20 })],
    ["a decimal string with an exponent", (r) => (form(r).total.computed = "9.6e1")],
    ["an unknown finding code", (r) => Object.assign(form(r).findings[0], { code: "FUND_SPEED" })],
    ["an unknown severity", (r) => Object.assign(form(r).findings[0], { severity: "fatal" })],
    [
      "a missing field",
      (r) => delete (form(r) as Partial<(typeof good.files)[0]["forms"][0]>).total,
    ],
    ["a missing summary count", (r) => delete (r.summary as Partial<typeof r.summary>).infos],
    ["an unknown field", (r) => Object.assign(form(r), { score: "96" })],
    ["another version", (r) => Object.assign(r, { version: 2 })],
    ["a cell that is not an A1 address", (r) => (form(r).findings[0].cell = "R9C10")],
    [
      "forms beside a file error",
      (r) => (r.files[0].error = { code: "CORRUPT", message: { zh: "坏", en: "bad" } }),
    ],
  ])("rejects %s", (_name, mutate) => {
    expect(problems(broken(mutate)).length).toBeGreaterThan(0);
  });
});

describe("the schema's lists are the code's", () => {
  test("finding codes: exactly the rule registry's", () => {
    expect([...(schema.$defs.code.enum ?? [])].sort()).toEqual(RULES.map((r) => r.code).sort());
  });

  test("profiles: the three layouts detect three profiles, each one in the schema", async () => {
    const detected = new Set<string>();
    for (const layout of LAYOUTS) {
      const { sheets } = await readXlsx(
        await kit.build.buildXlsx(oneForm("表", kit.forms.cleanForm(layout)))
      );
      evaluate(sheets).forms.forEach((f) => detected.add(f.profile));
    }
    expect([...(schema.$defs.profile.enum ?? [])].sort()).toEqual([...detected].sort());
  });

  test.each(schema.$defs.profile.enum ?? [])(
    "profile %s can be forced and is reported",
    async (id) => {
      const { sheets } = await readXlsx(
        await kit.build.buildXlsx(oneForm("表", kit.forms.cleanForm("shanxi")))
      );
      const ev = evaluate(sheets, { profile: id as ProfileId });
      expect(ev.forms.map((f) => f.profile)).toEqual([id]);
    }
  );
});
