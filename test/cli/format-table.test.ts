// format-table + display-width: CJK-aware alignment, budget/total/grade lines, grouped findings, summary.
import type { FormReport } from "../../src/core/report/types";
import type { Finding } from "../../src/core/types";
import { displayWidth, pad, truncate, wrap } from "../../src/cli/display-width";
import { formatColumns, formatFile, formatSummary } from "../../src/cli/format-table";
import { terminalWidth } from "../../src/cli/run";

describe("displayWidth", () => {
  it.each<[number, string]>([
    [0, ""],
    [5, "abc12"],
    [8, "产出指标"],
    [6, "10个Ab"],
    [2, "（"],
    [4, "：，"],
    [1, "≥"],
    [3, "\u001b[31mabc\u001b[0m"],
    [2, "e\u0301x"],
  ])("%i columns for %p", (width, text) => {
    expect(displayWidth(text)).toBe(width);
  });

  it("pads and truncates by columns, not characters", () => {
    expect(pad("产出", 6)).toBe("产出  ");
    expect(pad("15", 4, "right")).toBe("  15");
    expect(truncate("视频会议系统维保费", 10)).toBe("视频会议..");
    expect(displayWidth(truncate("视频会议系统维保费", 9))).toBeLessThanOrEqual(9);
    expect(truncate("短", 10)).toBe("短");
  });
});

describe("formatColumns", () => {
  it("starts every column at the same display column in every row", () => {
    const rows = [
      ["单元格", "三级指标", "分值"],
      ["I25", "视频会议维保个数", "10"],
      ["I123", "x", "5.5"],
    ];
    const lines = formatColumns(rows, [10, 30, 6], new Set([2]));
    const startOf = (line: string, text: string): number =>
      displayWidth(line.slice(0, line.indexOf(text)));
    expect([startOf(lines[0], "三级"), startOf(lines[1], "视频"), startOf(lines[2], "x")]).toEqual([
      8, 8, 8,
    ]);
    // The last column is right-aligned, so every line ends at the same display column.
    expect(lines.map(displayWidth)).toEqual([30, 30, 30]);
  });
});

const finding = (over: Partial<Finding>): Finding => ({
  code: "IND_SCORE_MISMATCH",
  severity: "error",
  sheet: "Sheet1",
  cell: "I25",
  message: { zh: "得分高于按公式计算的得分", en: "score above the computed score" },
  ...over,
});

const form: FormReport = {
  sheet: "Sheet1",
  range: "A1:J38",
  project: "安可替代工程经费",
  profile: "shanxi",
  year: 2022,
  budget: {
    cell: "I8",
    planned: "50.06",
    executed: "44.83",
    rate: "0.895525",
    weight: "10",
    entered: "10",
    computed: "8.96",
  },
  indicators: [
    {
      cell: "I25",
      level1: "产出指标",
      level2: "数量指标",
      name: "数据平台",
      target: "10个",
      actual: "8个",
      weight: "15",
      method: "ge",
      entered: "15",
      computed: "12",
    },
    {
      cell: "I26",
      level1: "产出指标",
      level2: "质量指标",
      name: "安可替代设备验收合格率",
      target: "100%",
      actual: "100%",
      weight: "15.00",
      method: "ge",
      entered: "15.0000",
      computed: "15",
    },
    {
      cell: "I27",
      level1: "满意度指标",
      level2: "服务对象满意度指标",
      name: "使用人员满意度",
      target: "较好",
      actual: "好",
      weight: "10",
      method: "judgment",
      entered: "9",
      computed: null,
    },
  ],
  total: { cell: "I40", entered: "100", computed: "95.96" },
  grade: { cell: "J40", entered: "优", computed: "优" },
  computedGrade: "优",
  findings: [
    finding({ expected: "12", actual: "15" }),
    finding({ code: "FUND_SCORE", cell: "I8", expected: "8.96", actual: "10" }),
    finding({ code: "IND_DEVIATION_MISSING", severity: "warning", cell: "I27" }),
    finding({ code: "WEIGHT_SPLIT", severity: "info", cell: "B20" }),
  ],
};

describe("formatFile", () => {
  const zh = formatFile(
    { report: { file: "a.xlsx", forms: [form], error: null } },
    { lang: "zh", color: false }
  );

  it("heads each form with sheet, range, project and profile", () => {
    expect(zh).toContain("文件：a.xlsx");
    expect(zh).toContain("表 1：Sheet1!A1:J38  项目：安可替代工程经费  模板：shanxi");
  });

  it("prints the budget line with the rate as a percent", () => {
    expect(zh).toContain(
      "预算执行 I8：预算 50.06  执行 44.83  执行率 89.55%  权重 10  填报得分 10  计算得分 8.96 ≠"
    );
  });

  it("lists every indicator with trimmed numbers and marks mismatches", () => {
    const lines = zh.split("\n");
    const header = lines.find((l) => l.includes("单元格") && l.includes("三级指标"))!;
    expect(header).toBeDefined();
    const i25 = lines.find((l) => l.trim().startsWith("I25"))!;
    const i26 = lines.find((l) => l.trim().startsWith("I26"))!;
    const i27 = lines.find((l) => l.trim().startsWith("I27"))!;
    expect(i25).toMatch(/数据平台\s+10个\s+8个\s+15\s+≥ 正向\s+15\s+12\s+≠$/);
    expect(i26).toMatch(/15\s+≥ 正向\s+15\s+15$/);
    expect(i27).toMatch(/定性判断\s+9\s+-$/);
    // The 分值 column ends at the same display column on every row.
    const endOfWeight = (line: string, weight: string): number => {
      const at = line.indexOf(weight, line.indexOf("个") >= 0 ? line.lastIndexOf("个") : 0);
      return displayWidth(line.slice(0, at + weight.length));
    };
    expect(endOfWeight(i25, "15")).toBe(endOfWeight(i26, "15"));
    expect(displayWidth(header.slice(0, header.indexOf("分值") + 2))).toBe(endOfWeight(i25, "15"));
  });

  it("prints total and grade, entered vs computed", () => {
    expect(zh).toContain("总分 I40：填报 100  计算 95.96 ≠    等级 J40：填报 优  计算 优");
  });

  it("groups findings by severity with cell, code, message, expected and entered", () => {
    const errAt = zh.indexOf("错误 (2)");
    const warnAt = zh.indexOf("警告 (1)");
    const infoAt = zh.indexOf("提示 (1)");
    expect(errAt).toBeGreaterThan(0);
    expect(warnAt).toBeGreaterThan(errAt);
    expect(infoAt).toBeGreaterThan(warnAt);
    expect(zh).toContain(
      "I25     IND_SCORE_MISMATCH  得分高于按公式计算的得分（应为 12，填报 15）"
    );
    expect(zh).toContain("I8      FUND_SCORE");
  });

  it("speaks English with --lang en", () => {
    const en = formatFile(
      { report: { file: "a.xlsx", forms: [form], error: null } },
      { lang: "en", color: false }
    );
    expect(en).toContain("Form 1: Sheet1!A1:J38  project: 安可替代工程经费  profile: shanxi");
    expect(en).toContain("Errors (2)");
    expect(en).toContain("score above the computed score (expected 12, entered 15)");
    expect(en).not.toMatch(/错误|警告|填报/);
  });

  it("uses colour only when asked", () => {
    expect(zh).not.toContain("\u001b[");
    const coloured = formatFile(
      { report: { file: "a.xlsx", forms: [form], error: null } },
      { lang: "zh", color: true }
    );
    expect(coloured).toContain("\u001b[31mIND_SCORE_MISMATCH\u001b[0m");
  });

  it("shows an unreadable file as one line and sheet-level findings with their sheet", () => {
    const failed = formatFile(
      {
        report: {
          file: "b.xls",
          forms: [],
          error: { code: "NOT_XLSX", message: { zh: "请另存为 .xlsx", en: "save as .xlsx" } },
        },
      },
      { lang: "zh", color: false }
    );
    expect(failed.split("\n")).toEqual(["文件：b.xls", "  请另存为 .xlsx"]);
    const none = formatFile(
      {
        report: {
          file: "c.xlsx",
          forms: [],
          findings: [
            finding({ code: "FORM_NOT_FOUND", severity: "info", sheet: "说明", cell: "A1" }),
          ],
          error: null,
        },
        skippedSheets: ["隐藏"],
      },
      { lang: "zh", color: false }
    );
    expect(none).toContain("未找到自评表");
    expect(none).toContain("说明!A1");
    expect(none).toContain("已跳过隐藏工作表：隐藏");
  });
});

describe("formatFile, following the presentation kit", () => {
  const lines = (f: FormReport, lang: "zh" | "en" = "zh"): string[] =>
    formatFile(
      { report: { file: "a.xlsx", forms: [f], error: null } },
      { lang, color: false }
    ).split("\n");

  it("shows rates as percents with 2 decimals, half up, and a blank rate as -", () => {
    const rated = (rate: string | null) => ({ ...form, budget: { ...form.budget, rate } });
    expect(lines(rated("0.123456")).join("\n")).toContain("执行率 12.35%");
    expect(lines(rated("1")).join("\n")).toContain("执行率 100.00%");
    expect(lines(rated(null)).join("\n")).toContain("执行率 -");
  });

  it("marks ≠ only where entered and computed differ at 2 decimals; a blank entry is not ≠", () => {
    const out = lines({
      ...form,
      budget: { ...form.budget, entered: "8.9600" },
      indicators: [{ ...form.indicators[0], entered: null }],
      total: { cell: "I40", entered: null, computed: "95.96" },
      grade: { cell: "J40", entered: null, computed: "优" },
    });
    expect(out.find((l) => l.includes("预算执行 I8"))).toMatch(/计算得分 8\.96$/);
    expect(out.find((l) => l.trim().startsWith("I25"))).toMatch(/15\s+≥ 正向\s+-\s+12$/);
    expect(out).toContain("  总分 I40：填报 -  计算 95.96    等级 J40：填报 -  计算 优");
  });

  it("names methods and grades in English with --lang en", () => {
    const en = lines({ ...form, grade: { cell: "J40", entered: "良", computed: "优" } }, "en");
    expect(en.find((l) => l.trim().startsWith("I25"))).toMatch(/15\s+≥ at least\s+15\s+12\s+≠$/);
    expect(en.find((l) => l.trim().startsWith("I27"))).toMatch(/judgment\s+9\s+-$/);
    expect(en.join("\n")).toContain("Grade J40: entered 良 (Good)  computed 优 (Excellent) ≠");
  });
});

describe("formatSummary", () => {
  const s = { files: 2, forms: 3, errors: 4, warnings: 5, infos: 1 };
  it("has the contract's wording", () => {
    expect(formatSummary(s, 0, "zh")).toBe("共 2 个文件，3 张表：4 个错误，5 个警告，1 个提示");
    expect(formatSummary(s, 1, "zh")).toBe(
      "共 2 个文件，3 张表：4 个错误，5 个警告，1 个提示；1 个文件无法读取"
    );
    expect(formatSummary(s, 0, "en")).toBe("2 files, 3 forms: 4 errors, 5 warnings, 1 info");
  });
});

describe("an 80-column terminal", () => {
  const view = { report: { file: "a.xlsx", forms: [form], error: null } };

  test("no line is wider than 80 columns, no 一级/二级 columns, words are not split", () => {
    for (const lang of ["zh", "en"] as const) {
      const text = formatFile(view, { lang, color: false, width: 80, verbose: false });
      for (const line of text.split("\n"))
        expect({ line, w: displayWidth(line) <= 80 }).toEqual({ line, w: true });
      expect(text).not.toContain("一级指标");
      expect(text).not.toContain("Level 1");
    }
  });

  test("codes only with --verbose", () => {
    const quiet = formatFile(view, { lang: "zh", color: false, width: 80, verbose: false });
    const loud = formatFile(view, { lang: "zh", color: false, width: 80, verbose: true });
    const code = view.report.forms[0].findings[0]?.code ?? "";
    expect(code).not.toBe("");
    expect(quiet).not.toContain(code);
    expect(loud).toContain(code);
  });

  test("wrap keeps closing punctuation on its line and indents continuation lines", () => {
    const lines = wrap("执行率应为 全年执行数 ÷ 全年预算数 = 80.00%，填报为 85.00%", 20, 4, 4);
    for (const l of lines.slice(1)) expect(l.startsWith("    ")).toBe(true);
    for (const l of lines) expect(displayWidth(l)).toBeLessThanOrEqual(20);
    expect(lines.some((l) => /^\s*，/.test(l))).toBe(false);
    expect(wrap("one two three", 8, 2, 0)).toEqual(["one two", "  three"]);
    const sentence = "The execution rate should be executed divided by budget";
    const words = new Set(sentence.split(" "));
    for (const l of wrap(sentence, 16, 2, 0)) {
      expect(displayWidth(l)).toBeLessThanOrEqual(16);
      for (const w of l.trim().split(" ")) expect(words.has(w)).toBe(true);
    }
  });
});

describe("terminal width", () => {
  test("a TTY's columns, else COLUMNS, else none", () => {
    expect(terminalWidth({ isTTY: true, columns: 80 }, {})).toBe(80);
    expect(terminalWidth({ isTTY: false, columns: 80 }, { COLUMNS: "100" })).toBe(100);
    expect(terminalWidth({}, {})).toBeUndefined();
    expect(terminalWidth({}, { COLUMNS: "x" })).toBeUndefined();
  });
});
