// CELL_ERROR_VALUE: a money, rate, weight, score or total cell showing #REF!, #DIV/0! … (cached or as text).
import { cleanForm } from "../../../testkit/fixtures/forms";
import type { CellInput, Layout } from "../../../testkit/fixtures/spec";
import {
  at,
  mainSource,
  perLayout,
  ruleTester,
  withFundTotal,
  withInd,
  withSource,
  withTotal,
  type CellPick,
  type Case,
  type InvalidCase,
  type Result,
} from "./harness";

const clean = (l: Layout) => cleanForm(l);
const SUM = "{fund.score}+SUM({ind.score.first}:{ind.score.last})";
/** A formula whose cached result is the error (stored t="e", as Excel and WPS do). */
const broken = (error: string, formula = SUM): CellInput => ({ value: error, formula });

/** Neither the cell nor anything summing it is written; the reason is listed. */
const heldNotWritten =
  (pick: CellPick, reason: string) =>
  (r: Result): void => {
    const cell = pick(r.forms[0]);
    expect(r.evaluation.writes.map((w) => w.cell)).not.toContain(cell);
    const held = r.evaluation.forms[0].held ?? [];
    expect(held.map((h) => h.reason.zh).join("\n")).toContain(reason);
  };

const message = (zh: string) => (r: Result) =>
  expect(r.findings.filter((f) => f.code === "CELL_ERROR_VALUE").map((f) => f.message.zh)).toEqual([
    zh,
  ]);

ruleTester("CELL_ERROR_VALUE", {
  valid: [
    ...perLayout<Case>("clean form", (l) => ({ spec: clean(l) })),
    ...perLayout<Case>("a total formula with a number result", (l) => ({
      spec: withTotal(clean(l), { value: 99.5, numFmt: "0.00", formula: SUM }),
    })),
    ...perLayout<Case>(
      "an error word inside a deviation text is text, not an error",
      (l) => ({ spec: withInd(clean(l), 0, { deviation: "#REF! 见附表" }) }),
      ["shanxi"]
    ),
  ],
  invalid: [
    ...perLayout<InvalidCase>("总分 formula cached #REF! (the WPS sample)", (l) => ({
      spec: withTotal(clean(l), broken("#REF!")),
      findings: [{ severity: "error", cell: at.cell("totalScore") }],
      absent: ["TOTAL_MISMATCH", "TOTAL_MISSING", "FORMULA_RESULT_MISMATCH"],
      check: (r) => {
        message("总分单元格显示 #REF!：公式引用了已删除的单元格，请检查公式")(r);
        heldNotWritten(at.cell("totalScore"), "总分单元格显示 #REF!")(r);
      },
    })),
    ...perLayout<InvalidCase>("an indicator score pasted as the text #DIV/0!", (l) => ({
      spec: withInd(clean(l), 0, { score: "#DIV/0!" }),
      findings: [{ severity: "error", cell: at.ind(0, "score") }],
      absent: ["IND_SCORE_INVALID", "IND_SCORE_MISSING", "TOTAL_MISMATCH"],
      check: (r) => {
        const f = r.findings.find((x) => x.code === "CELL_ERROR_VALUE")!;
        expect(f.message.zh).toMatch(/^指标“.+”的得分单元格中是文本 #DIV\/0!，不是数字/);
        expect(f.message.en).toContain("divides by zero");
        expect(f.actual).toBe("#DIV/0!");
        // The total sums a score that cannot be read: held, with the reason.
        heldNotWritten(at.ind(0, "score"), "有得分单元格显示 #DIV/0!")(r);
        expect(r.evaluation.writes.map((w) => w.role)).not.toContain("total");
      },
    })),
    ...perLayout<InvalidCase>("全年执行数 formula cached #VALUE!", (l) => ({
      spec: withFundTotal(clean(l), { executed: broken("#VALUE!", "{budget}*1") }),
      findings: [{ severity: "error", cell: at.fund("executed") }],
      absent: ["FUND_NOT_NUMBER", "FUND_SOURCES_SUM", "FUND_RATE", "FUND_SCORE"],
      check: (r) => {
        message(
          "年度资金总额的全年执行数单元格显示 #VALUE!：公式用文本参与了运算（如文本型数字、空格或文字），请检查公式"
        )(r);
        heldNotWritten(at.fund("score"), "全年执行数显示 #VALUE!")(r);
      },
    })),
    ...perLayout<InvalidCase>("an indicator weight cached #N/A refuses the form", (l) => ({
      spec: withInd(clean(l), 1, { weight: broken("#N/A", "{score}") }),
      findings: [{ severity: "error", cell: at.ind(1, "weight") }],
      absent: ["IND_INCOMPLETE", "WEIGHT_TOTAL"],
      check: (r) => {
        expect(r.evaluation.writes).toEqual([]);
        expect(r.findings.find((x) => x.code === "CELL_ERROR_VALUE")!.message.en).toContain(
          "did not find"
        );
      },
    })),
    ...perLayout<InvalidCase>("预算执行率得分 formula cached #NAME?", (l) => ({
      spec: withFundTotal(clean(l), { score: broken("#NAME?", "ROUNDX({fund.executed})") }),
      findings: [{ severity: "error", cell: at.fund("score") }],
      absent: ["FUND_SCORE", "FORMULA_RESULT_MISMATCH", "TOTAL_MISMATCH"],
    })),
    ...perLayout<InvalidCase>("执行率 formula cached #NUM!", (l) => ({
      spec: withFundTotal(clean(l), { rate: broken("#NUM!", "{executed}/{budget}") }),
      findings: [{ severity: "error", cell: at.fund("rate") }],
      absent: ["FUND_RATE", "FUND_NOT_NUMBER", "FORMULA_RESULT_MISMATCH"],
    })),
    ...perLayout<InvalidCase>("a 其中 row's 全年预算数 as the text #NULL!", (l) => ({
      spec: withSource(clean(l), mainSource(l), { budget: "#NULL!" }),
      findings: [{ severity: "error", cell: at.source(mainSource(l), "budget") }],
      absent: ["FUND_NOT_NUMBER", "FUND_SOURCES_SUM"],
    })),
  ],
});
