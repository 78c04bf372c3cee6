// `jxzp check|fix --targets FILE`: the 自评表 of each checked file against the target forms of FILE.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { JsonReport } from "../../src/core";
import { parseArgs } from "../../src/cli/args";
import { gridSheet } from "../../testkit/fixtures/grid-forms";
import { projectForm } from "../../testkit/fixtures/layouts";
import { declarationForm, sheetsToXlsx, TARGET_SET } from "../../testkit/fixtures/target-forms";
import { runCli } from "./run-cli";

let dir: string;
const at = (name: string) => path.join(dir, name);
const put = (name: string, bytes: Uint8Array) => {
  fs.writeFileSync(at(name), bytes);
  return at(name);
};

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "jxzp-targets-"));
  put("self.xlsx", sheetsToXlsx([gridSheet("自评表", [projectForm()]).sheet]));
  const extra = { level1: "效益指标", level2: "社会效益指标", name: "就业率", target: "≥60%" };
  const form = declarationForm({ amount: 120, indicators: [...TARGET_SET, extra] });
  put("targets.xlsx", sheetsToXlsx([gridSheet("申报表", [form]).sheet]));
  put("no-targets.xlsx", sheetsToXlsx([gridSheet("自评表", [projectForm()]).sheet]));
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const codes = (report: JsonReport) =>
  report.files
    .flatMap((f) => f.forms.flatMap((x) => x.findings))
    .filter((f) => f.code.startsWith("TARGET_"));

describe("jxzp --targets", () => {
  test("parsed for check and fix", () => {
    expect(parseArgs(["check", "a.xlsx", "--targets", "t.xlsx"])).toMatchObject({
      targets: "t.xlsx",
    });
    expect(parseArgs(["fix", "a.xlsx", "-o", "b.xlsx", "--targets=t.xlsx"])).toMatchObject({
      targets: "t.xlsx",
    });
  });

  test("check: the findings point at the 自评表 and name the targets file's cell", async () => {
    const targets = at("targets.xlsx");
    const r = await runCli(["check", at("self.xlsx"), "--targets", targets, "--json"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const found = codes(JSON.parse(r.stdout) as JsonReport);
    expect(found.map((f) => `${f.code}@${f.sheet}!${f.cell}`)).toEqual([
      "TARGET_BUDGET_MISMATCH@自评表!C6",
      "TARGET_IND_MISSING@自评表!D11",
    ]);
    expect(found[1].message.zh).toContain(`（${targets} › 申报表!D15）`);
    const table = await runCli(["check", at("self.xlsx"), "--targets", targets]);
    expect(table.stdout).toContain("“就业率”（指标值 ≥60%）未列入自评表");
  });

  test("without --targets: nothing compared", async () => {
    const r = await runCli(["check", at("self.xlsx"), "--json"]);
    expect(codes(JSON.parse(r.stdout) as JsonReport)).toEqual([]);
  });

  test("fix --highlight: the cross-check writes no cell; its warnings are marked on the 自评表", async () => {
    const out = at("fixed.xlsx");
    const r = await runCli([
      "fix",
      at("self.xlsx"),
      "-o",
      out,
      "--highlight",
      "--targets",
      at("targets.xlsx"),
    ]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("没有需要写入的单元格");
    expect(r.stdout).toContain("已标记 2 个单元格");
  });

  test.each([
    ["a missing file", "nope.xlsx", "--targets", "文件不存在"],
    [
      "a workbook without a target form",
      "no-targets.xlsx",
      "--targets",
      "没有找到绩效目标申报表或执行监控表",
    ],
  ])("%s: one line, exit 2, nothing checked", async (_name, file, flag, words) => {
    const r = await runCli(["check", at("self.xlsx"), flag, at(file)]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(r.stderr).toContain(words);
    expect(r.stderr).toContain(`--targets ${at(file)}`);
  });
});
