// The progress bar: on a terminal only, redrawn in place, the file name cut to the width.
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { displayWidth } from "../../src/cli/display-width";
import { run } from "../../src/cli/run";
import { writeBatchFolder } from "../../testkit/batch-folder";
import { progressBar, progressLine } from "../../src/cli/progress";

function fakeTty(columns: number, isTTY = true) {
  const writes: string[] = [];
  return {
    isTTY,
    columns,
    writes,
    write: (t: string) => {
      writes.push(t);
      return true;
    },
  };
}

test("a line is done/total, a 20-cell bar and the file, never wider than the terminal", () => {
  expect(progressLine(5, 10, "a.xlsx", 80)).toBe("[##########..........] 5/10 a.xlsx");
  const long = "单位甲/".repeat(30) + "培训经费.xlsx";
  for (const columns of [40, 80]) {
    const line = progressLine(120, 500, long, columns);
    expect(displayWidth(line)).toBeLessThanOrEqual(columns - 1);
    expect(line.startsWith("[#####...............] 120/500 单位甲")).toBe(true);
  }
  // Too narrow for the bar: the counts and the name.
  const narrow = progressLine(120, 500, long, 20);
  expect(narrow.startsWith("120/500 单位")).toBe(true);
  expect(displayWidth(narrow)).toBeLessThanOrEqual(19);
  expect(displayWidth(progressLine(120, 500, long, 8))).toBeLessThanOrEqual(7);
});

test("on a TTY: each tick redraws the line, clear and end erase it", () => {
  let now = 0;
  const tty = fakeTty(60);
  const bar = progressBar(tty, 3, true, () => (now += 100));
  bar.tick("a.xlsx");
  bar.tick("b.xlsx");
  bar.clear();
  bar.tick("c.xlsx");
  bar.end();
  expect(tty.writes).toEqual([
    "\r\u001b[K[#######.............] 1/3 a.xlsx",
    "\r\u001b[K[#############.......] 2/3 b.xlsx",
    "\r\u001b[K",
    "\r\u001b[K[####################] 3/3 c.xlsx",
    "\r\u001b[K",
  ]);
});

test("quick ticks are drawn at most every 80 ms, the last one always", () => {
  const tty = fakeTty(60);
  const bar = progressBar(tty, 4, true, () => 1000);
  for (const f of ["a", "b", "c", "d"]) bar.tick(f);
  expect(tty.writes.map((w) => w.replace("\r\u001b[K", ""))).toEqual([
    "[#####...............] 1/4 a",
    "[####################] 4/4 d",
  ]);
});

test.each([
  ["not a terminal", fakeTty(80, false), true, 5],
  ["--quiet or --json", fakeTty(80), false, 5],
  ["a single file", fakeTty(80), true, 1],
])("nothing at all when %s", (_name, stream, enabled, total) => {
  const bar = progressBar(stream, total, enabled);
  bar.tick("a.xlsx");
  bar.end();
  expect(stream.writes).toEqual([]);
});

test("a function writer (a test's capture) is never a terminal", () => {
  const out: string[] = [];
  const bar = progressBar((t) => out.push(t), 3, true);
  bar.tick("a");
  expect(out).toEqual([]);
});

describe("jxzp check with a terminal on stderr", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "jxzp-progress-"));
    await writeBatchFolder(dir);
  }, 60_000);
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  async function runWith(args: string[]) {
    const stderr = fakeTty(70);
    let stdout = "";
    const code = await run(["check", dir, "--jobs", "1", ...args], {
      stdout: (t) => {
        stdout += t;
      },
      stderr,
    });
    return { code, stdout, stderr: stderr.writes.join("") };
  }

  test("the table run draws the bar and ends with it erased; stdout has no bar", async () => {
    const r = await runWith([]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("[####################] 8/8 ");
    expect(r.stderr).toContain("\r\u001b[K");
    // The last thing written is the erase: the terminal is left clean for the prompt.
    expect(r.stderr.endsWith("\r\u001b[K")).toBe(true);
    expect(r.stdout).not.toContain("\u001b[K");
  }, 60_000);

  test.each([["--json"], ["--quiet"], ["-q"]])(
    "%s: no bar at all",
    async (flag) => {
      const r = await runWith([flag]);
      expect(r.stderr).not.toContain("[#");
      expect(r.stderr).not.toContain("\u001b[K");
    },
    60_000
  );
});
