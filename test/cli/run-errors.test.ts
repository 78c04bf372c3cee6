// run: usage errors and unreadable inputs end in exit code 2 with one clear line, never a stack trace.
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { runCli } from "./run-cli";

const CFB = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

describe("jxzp errors", () => {
  let dir: string;
  const at = (name: string): string => path.join(dir, name);

  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "jxzp-errors-"));
    await fs.writeFile(at("old.xls"), Buffer.concat([CFB, Buffer.alloc(100)]));
    await fs.writeFile(at("wps.et"), "x");
    await fs.writeFile(at("data.csv"), "a,b\n1,2\n");
    await fs.writeFile(at("locked.xlsx"), Buffer.concat([CFB, Buffer.from("junk junk junk junk")]));
    await fs.writeFile(at("empty.xlsx"), Buffer.alloc(0));
    await fs.writeFile(at("broken.xlsx"), Buffer.from("PK\u0003\u0004 this is not really a zip"));
    await fs.writeFile(at("text.xlsx"), "hello");
    await fs.mkdir(at("folder.xlsx"));
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("S").getCell("A1").value = "x";
    await fs.writeFile(at("ok.xlsx"), Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer));
  });

  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it.each<[string, string, string]>([
    ["old.xls", "文件已损坏或不是有效的 .xls/.et 文件", "not a valid .xls/.et"],
    ["wps.et", "已损坏", "damaged"],
    ["data.csv", "CSV", "CSV"],
    ["locked.xlsx", "文件已加密，请先在 Excel 中取消密码", "password-protected"],
    ["empty.xlsx", "文件为空", "empty"],
    ["broken.xlsx", "已损坏", "damaged"],
    ["text.xlsx", "已损坏", "damaged"],
    ["missing.xlsx", "文件不存在", "no such file"],
    ["folder.xlsx", "文件夹", "directory"],
  ])("%s → exit 2 with one line", async (name, zh, en) => {
    for (const [lang, text] of [
      ["zh", zh],
      ["en", en],
    ]) {
      const r = await runCli(["check", at(name), "--lang", lang]);
      expect(r.code).toBe(2);
      const lines = r.stderr.trimEnd().split("\n");
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(text);
      expect(lines[0]).toContain(name);
      expect(r.stderr + r.stdout).not.toMatch(/\n\s+at /);
    }
  });

  it("puts an unreadable file into the JSON report with its error and no forms", async () => {
    const r = await runCli(["check", at("locked.xlsx"), "--json"]);
    expect(r.code).toBe(2);
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({
      version: 1,
      files: [{ file: at("locked.xlsx"), forms: [], error: { code: "ENCRYPTED" } }],
      summary: { files: 1, forms: 0, errors: 0, warnings: 0, infos: 0 },
    });
    expect(report.files[0].error.message.zh).toContain("文件已加密");
  });

  it("keeps checking the other files after an unreadable one", async () => {
    const r = await runCli(["check", at("empty.xlsx"), at("ok.xlsx"), at("old.xls")]);
    expect(r.code).toBe(2);
    expect(r.stderr.trimEnd().split("\n")).toHaveLength(2);
    expect(r.stdout).toContain(`文件：${at("ok.xlsx")}`);
    expect(r.stdout).toMatch(/共 3 个文件/);
  });

  it.each([
    [[]],
    [["check"]],
    [["check", "a.xlsx", "--nope"]],
    [["fix", "a.xlsx"]],
    [["lint", "a.xlsx"]],
  ])("usage error %j → exit 2", async (argv) => {
    const r = await runCli(argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("jxzp --help");
    expect(r.stdout).toBe("");
  });

  it("prints help and version with exit 0", async () => {
    const help = await runCli(["--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("jxzp check");
    expect(help.stdout).toContain("退出码");
    expect((await runCli(["--help", "--lang", "en"])).stdout).toContain("Exit codes");
    const version = await runCli(["--version"]);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  describe("fix never overwrites its input", () => {
    it.each<[string, (input: string) => Promise<string>]>([
      ["the same path", async (input) => input],
      ["another spelling", async () => path.join(dir, "..", path.basename(dir), ".", "ok.xlsx")],
      [
        "a symlink to it",
        async (input) => {
          const link = at("link.xlsx");
          await fs.rm(link, { force: true });
          await fs.symlink(input, link);
          return link;
        },
      ],
      [
        "a hard link to it",
        async (input) => {
          const hard = at("hard.xlsx");
          await fs.rm(hard, { force: true });
          await fs.link(input, hard);
          return hard;
        },
      ],
      [
        "a path through a symlinked directory",
        async () => {
          const alias = at("alias-dir");
          await fs.rm(alias, { force: true });
          await fs.symlink(dir, alias);
          return path.join(alias, "ok.xlsx");
        },
      ],
    ])("refuses %s (exit 2, input unchanged)", async (_name, outOf) => {
      const input = at("ok.xlsx");
      const bytes = await fs.readFile(input);
      const r = await runCli(["fix", input, "-o", await outOf(input)]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain("输出文件与输入文件相同");
      expect((await fs.readFile(input)).equals(bytes)).toBe(true);
    });

    it("refuses an output that is not .xlsx", async () => {
      const r = await runCli(["fix", at("ok.xlsx"), "-o", at("out.xls")]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(".xlsx");
    });

    it("fails with exit 2 on an unreadable input and writes nothing", async () => {
      const r = await runCli(["fix", at("locked.xlsx"), "-o", at("never.xlsx")]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain("文件已加密");
      await expect(fs.stat(at("never.xlsx"))).rejects.toThrow();
    });
  });
});
