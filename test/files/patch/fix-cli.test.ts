// `jxzp fix` at the command line: binary workbooks refused in one line (check unaffected), outputs named right.
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { buildXlsx } from "../../../testkit/fixtures/build";
import { mistakesForm } from "../../../testkit/fixtures/mistakes";
import { runCli } from "../../cli/run-cli";
import { wpsSamples } from "./libreoffice";

describe("jxzp fix refusals", () => {
  let dir: string;
  let xlsx: string;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "jxzp-fix-cli-"));
    xlsx = path.join(dir, "form.xlsx");
    await fs.writeFile(
      xlsx,
      await buildXlsx({ sheets: [{ name: "表", forms: [{ form: mistakesForm() }] }] })
    );
  });
  afterAll(async () => fs.rm(dir, { recursive: true, force: true }));

  const expectLegacyRefusal = async (file: string, lang: "zh" | "en") => {
    const out = path.join(dir, "out.xlsx");
    await fs.rm(out, { force: true });
    const r = await runCli(["fix", file, "-o", out, "--lang", lang]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(r.stderr).toContain(
      lang === "zh" ? "fix 只能修改 .xlsx 文件" : "fix only changes .xlsx files"
    );
    expect(r.stderr).toContain(lang === "zh" ? "jxzp check 可直接检查此文件" : "jxzp check reads");
    await expect(fs.stat(out)).rejects.toThrow();
  };

  it("refuses a WPS .xls (and a renamed one) in one line, saying checking is unaffected", async () => {
    const samples = wpsSamples();
    if (process.env.CI) expect(samples.length).toBe(2);
    for (const s of samples) {
      await expectLegacyRefusal(s, "zh");
      const renamed = path.join(dir, "renamed.xlsx");
      await fs.copyFile(s, renamed);
      await expectLegacyRefusal(renamed, "en");
    }
  });

  it("refuses .et and .xls by name before reading them", async () => {
    for (const ext of [".et", ".xls"]) {
      const file = path.join(dir, `form${ext}`);
      await fs.copyFile(xlsx, file);
      await expectLegacyRefusal(file, "zh");
    }
  });

  it("writes .xlsx (and .xlsm only for an .xlsm input)", async () => {
    const bad = await runCli(["fix", xlsx, "-o", path.join(dir, "out.xlsm")]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(".xlsx");
    const good = await runCli(["fix", xlsx, "-o", path.join(dir, "out.xlsx")]);
    expect(good.stderr).toBe("");
    expect(good.stdout).toMatch(/已写入 \d+ 个单元格/);
  });

  it("refuses a package it cannot patch without writing anything", async () => {
    // A zip whose central directory is cut short: the reader may cope, the patch must not guess.
    const bytes = await fs.readFile(xlsx);
    const broken = path.join(dir, "broken.xlsx");
    await fs.writeFile(broken, bytes.subarray(0, bytes.length - 30));
    const out = path.join(dir, "broken-out.xlsx");
    const r = await runCli(["fix", broken, "-o", out]);
    expect(r.code).toBe(2);
    expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
    await expect(fs.stat(out)).rejects.toThrow();
  });
});
