// args + io: the hand-written parser accepts the contract's commands and rejects misuse as USAGE; colour rules.
import { HELP, langOf, parseArgs } from "../../src/cli/args";
import { CliError } from "../../src/cli/errors";
import { colorEnabled } from "../../src/cli/io";
import { DEPLOYMENT_OPTIONS } from "../../src/core";
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { buildXlsx } from "../../testkit/fixtures/build";
import { cleanForm, money, percent, points } from "../../testkit/fixtures/forms";
import { runCli } from "./run-cli";

/** The command `check a.xlsx` parses to, with `over` changed. */
const checkCommand = (over: Record<string, unknown> = {}) => ({
  kind: "check",
  files: ["a.xlsx"],
  json: false,
  lang: "zh",
  verbose: false,
  evaluate: {},
  quiet: false,
  ...over,
});

describe("parseArgs", () => {
  it.each<[string[], unknown]>([
    [["--help"], { kind: "help" }],
    [["check", "-h"], { kind: "help" }],
    [["help"], { kind: "help" }],
    [["--version"], { kind: "version" }],
    [["check", "a.xlsx"], checkCommand()],
    [
      ["check", "a.xlsx", "b.xlsx", "--json", "--sheet", "表1", "--lang", "en"],
      {
        kind: "check",
        files: ["a.xlsx", "b.xlsx"],
        json: true,
        sheet: "表1",
        lang: "en",
        verbose: false,
        quiet: false,
        evaluate: {},
      },
    ],
    [
      ["--lang=en", "check", "--sheet=S", "--", "-odd.xlsx"],
      {
        kind: "check",
        files: ["-odd.xlsx"],
        json: false,
        sheet: "S",
        lang: "en",
        verbose: false,
        quiet: false,
        evaluate: {},
      },
    ],
    // The batch options of check (docs/batch-report.md).
    [
      ["check", "dir", "--report", "r.xlsx", "--jobs", "2", "-q"],
      checkCommand({ files: ["dir"], report: "r.xlsx", jobs: 2, quiet: true }),
    ],
    [
      ["check", "dir", "--report=R.HTML", "-j", "1", "--quiet"],
      checkCommand({ files: ["dir"], report: "R.HTML", jobs: 1, quiet: true }),
    ],
    [
      ["fix", "a.xlsx", "-o", "b.xlsx", "--highlight"],
      { kind: "fix", file: "a.xlsx", out: "b.xlsx", highlight: true, lang: "zh", evaluate: {} },
    ],
    [
      ["fix", "--output=b.xlsx", "a.xlsx"],
      { kind: "fix", file: "a.xlsx", out: "b.xlsx", highlight: false, lang: "zh", evaluate: {} },
    ],
    // Deployment options (docs/cli.md): one flag each, for check and fix alike.
    [
      [
        "check",
        "a.xlsx",
        "--profile",
        "shanxi",
        "--grade-bands",
        "80/70/60",
        "--total-cap=execution-rate",
        "--overachieve",
        "deduct",
        "--overachieve-ratio",
        "120",
        "--reason-threshold",
        "85%",
      ],
      {
        kind: "check",
        files: ["a.xlsx"],
        json: false,
        lang: "zh",
        verbose: false,
        quiet: false,
        evaluate: {
          profile: "shanxi",
          gradeBands: [80, 70, 60],
          totalCap: "execution-rate",
          overachievePolicy: "deduct",
          overachievePercent: 120,
          reasonThresholdPercent: 85,
        },
      },
    ],
    [
      ["fix", "a.xlsx", "-o", "b.xlsx", "--grade-bands=80,70,60", "--overachieve", "no-deduction"],
      {
        kind: "fix",
        file: "a.xlsx",
        out: "b.xlsx",
        highlight: false,
        lang: "zh",
        evaluate: { gradeBands: [80, 70, 60], overachievePolicy: "no-deduction" },
      },
    ],
    // Defaults (and `auto`) leave the options empty: the profile's own values apply.
    [
      ["check", "a.xlsx", "--profile", "auto", "--grade-bands", "90/80/60", "--total-cap", "none"],
      checkCommand(),
    ],
  ])("%j", (argv, expected) => {
    expect(parseArgs(argv)).toEqual(expected);
  });

  it.each([
    [[]],
    [["frobnicate", "a.xlsx"]],
    [["check"]],
    [["check", "a.xlsx", "--bogus"]],
    [["check", "a.xlsx", "--lang", "fr"]],
    [["check", "a.xlsx", "--sheet"]],
    [["check", "a.xlsx", "-o", "b.xlsx"]],
    [["fix", "a.xlsx"]],
    [["fix", "a.xlsx", "b.xlsx", "-o", "c.xlsx"]],
    [["fix", "a.xlsx", "-o", "b.xlsx", "--json"]],
    [["check", "a.xlsx", "--profile", "hunan"]],
    [["check", "a.xlsx", "--profile"]],
    [["check", "a.xlsx", "--grade-bands", "60/70/80"]],
    [["check", "a.xlsx", "--grade-bands", "90/80"]],
    [["check", "a.xlsx", "--grade-bands", "120/80/60"]],
    [["check", "a.xlsx", "--total-cap", "yes"]],
    [["check", "a.xlsx", "--overachieve", "2"]],
    [["check", "a.xlsx", "--overachieve-ratio", "100"]],
    [["check", "a.xlsx", "--reason-threshold", "abc"]],
    [["check", "a.xlsx", "--reason-threshold", "101"]],
    [["check", "a.xlsx", "--report", "r.pdf"]],
    [["check", "a.xlsx", "--report"]],
    [["check", "a.xlsx", "--jobs", "0"]],
    [["check", "a.xlsx", "--jobs", "1.5"]],
    [["check", "a.xlsx", "--jobs", "65"]],
    [["check", "a.xlsx", "-j", "many"]],
    [["fix", "a.xlsx", "-o", "b.xlsx", "--report", "r.xlsx"]],
    [["fix", "a.xlsx", "-o", "b.xlsx", "--jobs", "2"]],
  ])("rejects %j as a usage error", (argv) => {
    expect(() => parseArgs(argv)).toThrow(CliError);
    try {
      parseArgs(argv);
    } catch (err) {
      expect((err as CliError).code).toBe("USAGE");
      expect((err as CliError).text.zh).not.toBe("");
    }
  });

  it("finds --lang even when the rest is malformed", () => {
    expect(langOf(["--bogus", "--lang", "en"])).toBe("en");
    expect(langOf(["--lang=en"])).toBe("en");
    expect(langOf(["check"])).toBe("zh");
  });
});

describe("deployment options on the command line", () => {
  test.each(["zh", "en"] as const)(
    "--help (%s) lists every option with its values and default",
    (lang) => {
      for (const o of DEPLOYMENT_OPTIONS) {
        expect(HELP[lang]).toContain(o.flag);
        expect(HELP[lang]).toContain(o.label[lang]);
        if (o.kind === "choice") for (const c of o.choices) expect(HELP[lang]).toContain(c.value);
      }
      expect(HELP[lang]).toContain("90/80/60");
    }
  );

  test("a bad value exits 2 with a message naming the flag and what it allows, in the asked language", async () => {
    const zh = await runCli(["check", "a.xlsx", "--grade-bands", "60/70/80"]);
    expect(zh.code).toBe(2);
    expect(zh.stderr).toContain("--grade-bands");
    expect(zh.stderr).toContain("三个从高到低的分数");
    const en = await runCli(["check", "a.xlsx", "--overachieve", "x", "--lang", "en"]);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain(
      "--overachieve (Overachievement) must be explain, deduct, no-deduction"
    );
    expect(en.stderr).toContain("see jxzp --help");
  });
});

describe("the options reach check and fix", () => {
  let dir: string;
  let file: string;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "jxzp-options-"));
    file = path.join(dir, "75.xlsx");
    // 75% executed, every indicator full: 97.5 and 优 as entered; the cap allows 89 (良).
    const form = cleanForm("shanxi", {
      funding: {
        total: { executed: money(75), balance: money(25), rate: percent(0.75), score: points(7.5) },
      },
      total: { score: points(97.5), grade: "优" },
    });
    const sources = form.funding.sources.map((s, i) =>
      i === 3 ? { ...s, executed: money(75), balance: money(25), rate: percent(0.75) } : s
    );
    const spec = {
      sheets: [
        { name: "自评表", forms: [{ form: { ...form, funding: { ...form.funding, sources } } }] },
      ],
    };
    await fs.writeFile(file, await buildXlsx(spec));
  });
  afterAll(() => fs.rm(dir, { recursive: true, force: true }));

  test("check: the cap turns a consistent total into TOTAL_OVER_CAP", async () => {
    const plain = await runCli(["check", file, "--json"]);
    expect(plain.stdout).not.toContain("TOTAL_OVER_CAP");
    const capped = await runCli(["check", file, "--json", "--total-cap", "execution-rate"]);
    expect(capped.code).toBe(1);
    expect(capped.stdout).toContain("TOTAL_OVER_CAP");
  });

  test("fix writes the capped total and its grade under the deployment's bands", async () => {
    const out = path.join(dir, "75.fixed.xlsx");
    const r = await runCli([
      "fix",
      file,
      "-o",
      out,
      "--total-cap",
      "execution-rate",
      "--grade-bands",
      "80/70/60",
    ]);
    expect(r.stdout).toMatch(/97\.5 → 89/);
    // 89 is 优 under 80/70/60: the grade stays.
    const again = await runCli([
      "check",
      out,
      "--json",
      "--total-cap",
      "execution-rate",
      "--grade-bands",
      "80/70/60",
    ]);
    expect(again.stdout).not.toContain("TOTAL_OVER_CAP");
    expect(again.stdout).not.toContain("GRADE_MISMATCH");
  });
});

describe("colorEnabled", () => {
  it("colours a terminal unless NO_COLOR is set, never a pipe", () => {
    expect(colorEnabled({ isTTY: true }, {})).toBe(true);
    expect(colorEnabled({ isTTY: true }, { NO_COLOR: "1" })).toBe(false);
    expect(colorEnabled({ isTTY: false }, {})).toBe(false);
    expect(colorEnabled({}, {})).toBe(false);
  });
});
