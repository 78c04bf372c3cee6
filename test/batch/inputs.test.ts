// The walk of folder arguments: recursive, sorted, links followed once, clutter skipped and counted.
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { expandInputs, skippedLines } from "../../src/cli/inputs";

let dir: string;
const at = (...p: string[]) => path.join(dir, ...p);
const touch = async (rel: string, text = "x") => {
  await fs.mkdir(path.dirname(at(rel)), { recursive: true });
  await fs.writeFile(at(rel), text);
};

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "jxzp-walk-"));
  for (const rel of [
    "in/b.xlsx",
    "in/a.XLS",
    "in/sub/z.ods",
    "in/sub/deeper/y.et",
    "in/Z.xlsm",
    "in/~$b.xlsx",
    "in/.hidden.xlsx",
    "in/.git/x.xlsx",
    "in/readme.txt",
    "in/report.docx",
    "other/c.xlsb",
  ]) {
    await touch(rel);
  }
  await fs.mkdir(at("empty"));
  // A loop back to the top, and a second link to a file already taken.
  await fs.symlink(at("in"), at("in/sub/loop"));
  await fs.symlink(at("in/b.xlsx"), at("in/sub/link-to-b.xlsx"));
  await fs.symlink(at("nowhere.xlsx"), at("other/dangling.xlsx"));
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

test("a folder: every workbook below it, sorted by code point, each real file once", async () => {
  const inputs = await expandInputs([at("in")]);
  expect(inputs.files.map((f) => path.relative(dir, f))).toEqual([
    "in/Z.xlsm",
    "in/a.XLS",
    "in/b.xlsx",
    "in/sub/deeper/y.et",
    "in/sub/z.ods",
  ]);
  expect(inputs.failures).toEqual([]);
  const reasons = inputs.skipped.map((s) => [path.relative(dir, s.path), s.reason]);
  expect(reasons).toEqual([
    ["in/.git", "hidden"],
    ["in/.hidden.xlsx", "hidden"],
    ["in/readme.txt", "other"],
    ["in/report.docx", "other"],
    ["in/sub/link-to-b.xlsx", "duplicate"],
    ["in/sub/loop", "duplicate"],
    ["in/~$b.xlsx", "lock"],
  ]);
  expect(skippedLines(inputs.skipped, "zh")).toEqual([
    "跳过 2 个隐藏文件或文件夹",
    "跳过 1 个 Office 锁定文件（~$…）",
    "跳过 2 个非表格文件",
    "跳过 2 个重复项（链接或参数指向已查找过的文件夹或文件）",
  ]);
  expect(skippedLines(inputs.skipped, "en")[0]).toBe("skipped 2 hidden files or folders");
});

test("arguments keep their order; a file argument is taken as given, whatever its name", async () => {
  const inputs = await expandInputs([at("other"), at("in/readme.txt"), at("missing.xlsx")]);
  expect(inputs.files.map((f) => path.relative(dir, f))).toEqual([
    "other/c.xlsb",
    // A dangling link is a file row (checkFile says 文件不存在), not silently dropped.
    "other/dangling.xlsx",
    "in/readme.txt",
    "missing.xlsx",
  ]);
});

test("a folder with no workbook is a row NO_WORKBOOKS, in its place among the arguments", async () => {
  const inputs = await expandInputs([at("in/sub/deeper"), at("empty"), at("other")]);
  expect(inputs.failures).toEqual([
    expect.objectContaining({ path: at("empty"), code: "NO_WORKBOOKS", before: 1 }),
  ]);
  expect(inputs.failures[0].message.zh).toMatch(/文件夹中没有表格文件/);
});

test("the report being written is never an input", async () => {
  const inputs = await expandInputs([at("in")], await fs.realpath(at("in/b.xlsx")));
  expect(inputs.files.map((f) => path.basename(f))).not.toContain("b.xlsx");
  expect(inputs.skipped).toContainEqual({ path: at("in/b.xlsx"), reason: "report" });
});

const root = process.getuid?.() === 0;
// Root reads any folder whatever its mode, so the refusal can only be shown as another user.
(root ? test.skip : test)("a folder that cannot be listed is a row UNREADABLE", async () => {
  await fs.mkdir(at("locked"));
  await fs.chmod(at("locked"), 0o000);
  try {
    const inputs = await expandInputs([at("locked")]);
    expect(inputs.failures).toEqual([
      expect.objectContaining({ path: at("locked"), code: "UNREADABLE" }),
    ]);
  } finally {
    await fs.chmod(at("locked"), 0o755);
  }
});
