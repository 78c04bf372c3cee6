// args + io: the hand-written parser accepts the contract's commands and rejects misuse as USAGE; colour rules.
import { langOf, parseArgs } from "../../src/cli/args";
import { CliError } from "../../src/cli/errors";
import { colorEnabled } from "../../src/cli/io";

describe("parseArgs", () => {
  it.each<[string[], unknown]>([
    [["--help"], { kind: "help" }],
    [["check", "-h"], { kind: "help" }],
    [["help"], { kind: "help" }],
    [["--version"], { kind: "version" }],
    [
      ["check", "a.xlsx"],
      { kind: "check", files: ["a.xlsx"], json: false, lang: "zh", verbose: false },
    ],
    [
      ["check", "a.xlsx", "b.xlsx", "--json", "--sheet", "表1", "--lang", "en"],
      {
        kind: "check",
        files: ["a.xlsx", "b.xlsx"],
        json: true,
        sheet: "表1",
        lang: "en",
        verbose: false,
      },
    ],
    [
      ["--lang=en", "check", "--sheet=S", "--", "-odd.xlsx"],
      { kind: "check", files: ["-odd.xlsx"], json: false, sheet: "S", lang: "en", verbose: false },
    ],
    [
      ["fix", "a.xlsx", "-o", "b.xlsx", "--highlight"],
      { kind: "fix", file: "a.xlsx", out: "b.xlsx", highlight: true, lang: "zh" },
    ],
    [
      ["fix", "--output=b.xlsx", "a.xlsx"],
      { kind: "fix", file: "a.xlsx", out: "b.xlsx", highlight: false, lang: "zh" },
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

describe("colorEnabled", () => {
  it("colours a terminal unless NO_COLOR is set, never a pipe", () => {
    expect(colorEnabled({ isTTY: true }, {})).toBe(true);
    expect(colorEnabled({ isTTY: true }, { NO_COLOR: "1" })).toBe(false);
    expect(colorEnabled({ isTTY: false }, {})).toBe(false);
    expect(colorEnabled({}, {})).toBe(false);
  });
});
