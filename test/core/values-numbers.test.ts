// Numbers as the spreadsheet means them (issue 9 item 0): 15 significant digits, a cached 0, literal-% formats.
import { Grid } from "../../src/core/grid/grid";
import { cellDecimal, cellNumberText } from "../../src/core/grid/cell-number";
import { cellError } from "../../src/core/grid/cell-error";
import { rateFraction, readNum } from "../../src/core/score/num-cell";
import { isPercentFormat, isPercentLiteralFormat } from "../../src/core/values/number-format";
import { parseValue } from "../../src/core/values/parse";
import type { CellValue } from "../../src/core/types";
import { budgetForm, run, withFundTotal, withSource, mainSource } from "./rules/harness";

const one = (value: CellValue, numberFormat = "General") =>
  new Grid({ name: "s", top: 0, left: 0, values: [[value]], numberFormats: [[numberFormat]] });

describe("a double read at the 15 significant digits Excel shows", () => {
  test.each<[string, number]>([
    ["5.23", 5.230000000000004],
    ["0.3", 0.1 + 0.2],
    ["44.83", 44.830000000000005],
    ["0.8955", 0.8955000000000001],
    ["0", 0],
    ["-1.1", -1.1000000000000003],
    ["0.0000001", 1e-7],
    ["123456789012346", 123456789012345.6],
  ])("%s ← %s", (expected, raw) => {
    expect(cellDecimal(raw).toFixed()).toBe(expected);
    expect(cellNumberText(raw)).toBe(expected);
    const cell = readNum(one(raw), 0, 0);
    expect(cell.num?.toFixed()).toBe(expected);
    // What a message prints is what the sheet shows, never the raw double.
    expect(cell.raw).toBe(expected);
    expect(one(raw).text(0, 0)).toBe(expected);
  });

  test("a target or actual number cell is read the same way", () => {
    expect(parseValue(44.830000000000005, null).number?.toFixed()).toBe("44.83");
    expect(parseValue(0.9684000000000001, "0.00%").number?.toFixed()).toBe("96.84");
    expect(parseValue(44.830000000000005, null).raw).toBe("44.83");
  });
});

describe("a literal percent sign in the format: the number is already in percent", () => {
  test.each<[string, boolean, boolean]>([
    // format, real percent (×100), literal percent
    ["0.00%", true, false],
    ["0%", true, false],
    ["0.00\\%", false, true],
    ['0.00"%"', false, true],
    ['#,##0.0" %"', false, true],
    ["0.00\\%;[Red]-0.00\\%", false, true],
    ["0.00", false, false],
    ["General", false, false],
    ['"增长"0.00', false, false],
  ])("%s", (format, real, literal) => {
    expect(isPercentFormat(format)).toBe(real);
    expect(isPercentLiteralFormat(format)).toBe(literal);
  });

  test("96.84 under 0.00\\% reads 96.84% (a rate of 0.9684), not 9684%", () => {
    const cell = readNum(one(96.84, "0.00\\%"), 0, 0);
    expect([cell.num?.toFixed(), cell.percent, cell.inPercent]).toEqual(["96.84", true, true]);
    expect(rateFraction(cell)?.toFixed()).toBe("0.9684");
    // A small rate is not mistaken for a fraction: 0.5 under 0.00\% is 0.5%.
    expect(rateFraction(readNum(one(0.5, '0.00"%"'), 0, 0))?.toFixed()).toBe("0.005");
    const p = parseValue(96.84, "0.00\\%");
    expect([p.number?.toFixed(), p.unit?.symbol]).toEqual(["96.84", "%"]);
  });
});

describe("error values", () => {
  test.each<[string | null, unknown]>([
    ["#REF!", "#REF!"],
    ["#DIV/0!", " #div/0! "],
    ["#N/A", "#N/A"],
    ["#NAME?", "＃NAME？"],
    ["#SPILL!", "#SPILL!"],
    [null, "#REF! 见附表"],
    [null, "#1"],
    [null, 0],
  ])("%s ← %j", (expected, v) => {
    expect(cellError(v)).toBe(expected);
  });

  test("an error cell is invalid with its error, never a number", () => {
    const cell = readNum(one("#REF!"), 0, 0);
    expect([cell.kind, cell.error, cell.num]).toEqual(["invalid", "#REF!", null]);
  });
});

describe("on a form", () => {
  /** A shanxi form whose total and main 其中 row hold 资金结(转)余 as `=budget-executed` caching `cached`. */
  async function balanceCodes(budget: string, executed: string, cached: number) {
    const balance = { value: cached, formula: "{budget}-{executed}", numFmt: "0.00" };
    const spec = withSource(
      withFundTotal(budgetForm("shanxi", budget, executed), { balance }),
      mainSource("shanxi"),
      { balance }
    );
    return (await run(spec)).findings.map((f) => f.code);
  }

  test("资金结(转)余 =E47-F47 caching 5.230000000000004 is a correct balance", async () => {
    const found = await balanceCodes("100.23", "95", 5.230000000000004);
    for (const code of ["FUND_BALANCE", "FUND_SOURCES_SUM", "FORMULA_RESULT_MISMATCH"])
      expect(found).not.toContain(code);
  });

  test("a balance formula caching 0 on a fully spent budget is a value, not 'no result'", async () => {
    const found = await balanceCodes("100", "100", 0);
    expect(found).not.toContain("FORMULA_RESULT_MISMATCH");
    expect(found).not.toContain("FUND_BALANCE");
  });

  // exceljs (today's CLI reader) strips the backslash of `0.00\%` on reading; `0.00"%"` survives it.
  test('a rate under 0.00"%" is checked and written back in percent units', async () => {
    const right = await run(
      withFundTotal(budgetForm("central-2020", "100", "95"), {
        rate: { value: 95, numFmt: '0.00"%"' },
      })
    );
    expect(right.findings.map((f) => f.code)).not.toContain("FUND_RATE");
    const wrong = await run(
      withFundTotal(budgetForm("central-2020", "100", "95"), {
        rate: { value: 90, numFmt: '0.00"%"' },
      })
    );
    const finding = wrong.findings.find((f) => f.code === "FUND_RATE")!;
    expect(finding.message.zh).toContain("90.00%");
    const write = wrong.evaluation.writes.find((w) => w.role === "rate")!;
    expect([write.value, write.numberFormat]).toEqual([95, null]);
  });
});
