// The JSON report of a batch: its `batch` array and the new form fields validate against the schema,
// whose `batchCode` enum is exactly BATCH_CODES.
import Ajv2020 from "ajv/dist/2020";
import { promises as fs, readFileSync } from "fs";
import * as os from "os";
import * as path from "path";
import { BATCH_CODES, type JsonReport } from "../../src/core";
import { writeBatchFolder } from "../../testkit/batch-folder";
import { runCli } from "../cli/run-cli";

const ROOT = path.resolve(__dirname, "../..");
const schema = JSON.parse(readFileSync(path.join(ROOT, "docs/report.schema.json"), "utf8")) as {
  $defs: Record<string, { enum?: string[] }>;
};
const validate = new Ajv2020({ allErrors: true, strict: true }).compile<JsonReport>(schema);

let dir: string;
let report: JsonReport;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "jxzp-json-"));
  await writeBatchFolder(dir);
  const r = await runCli(["check", dir, "--json", "--jobs", "1"]);
  expect(r.code).toBe(2);
  report = JSON.parse(r.stdout) as JsonReport;
}, 60_000);

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

test("validates, batch flags and unit / goals / deviation fields included", () => {
  const ok = validate(report);
  expect(ok ? [] : validate.errors).toEqual([]);
  expect(report.batch?.map((b) => b.code)).toEqual([
    "BATCH_UNIT_ALL_FULL_MARKS",
    "BATCH_TEXT_COPIED",
    "BATCH_SAME_INDICATORS",
  ]);
  const forms = report.files.flatMap((f) => f.forms);
  expect(forms.every((f) => typeof f.unit === "string")).toBe(true);
  expect(forms.some((f) => f.goals && f.goals.target)).toBe(true);
  expect(forms.flatMap((f) => f.indicators).some((i) => i.deviation)).toBe(true);
});

test("a flag over one form, or an unknown batch code, is refused", () => {
  const one = structuredClone(report);
  one.batch![0].forms = one.batch![0].forms.slice(0, 1);
  expect(validate(one)).toBe(false);
  const unknown = structuredClone(report);
  (unknown.batch![0] as { code: string }).code = "BATCH_SOMETHING";
  expect(validate(unknown)).toBe(false);
});

test("the schema's batchCode enum is BATCH_CODES", () => {
  expect([...(schema.$defs.batchCode.enum ?? [])].sort()).toEqual([...BATCH_CODES].sort());
});
