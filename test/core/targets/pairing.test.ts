// Pairing a 自评表 with its target form: on two sheets of one workbook, from a --targets workbook,
// by 项目名称 among several; a matching pair says nothing.
import { projectForm, setCell } from "../../../testkit/fixtures/layouts";
import { gridSheet } from "../../../testkit/fixtures/grid-forms";
import {
  declarationForm,
  midTermDeclarationForm,
  monitoringForm,
  withTarget,
} from "../../../testkit/fixtures/target-forms";
import { run, targetFindings, where, workbook } from "./harness";

const other = () => setCell(projectForm(), "B3", "农村道路养护项目");

describe("pairing", () => {
  test.each([
    ["申报表", declarationForm({ weights: true })],
    [
      "申报表 with 指标性质 | 指标值 | 度量单位 columns",
      declarationForm({ split: true, weights: true }),
    ],
    ["中期 + 年度 申报表", midTermDeclarationForm()],
    ["执行监控表", monitoringForm()],
  ])(
    "a matching %s on another sheet: no finding, and the forms found are the 自评表 alone",
    (_n, form) => {
      const ev = run(workbook({ 目标表: form }));
      expect(where(ev)).toEqual([]);
      expect(ev.forms.map((f) => f.sheet)).toEqual(["自评表"]);
      expect(ev.sheetFindings).toEqual([]);
    }
  );

  test("a pair on one sheet, the target form below the 自评表", () => {
    const sheet = gridSheet("S", [projectForm(), declarationForm({ amount: 120 })]).sheet;
    expect(where(run([sheet]))).toEqual(["TARGET_BUDGET_MISMATCH@S!C6"]);
  });

  test("from a --targets workbook: findings point at the 自评表, and name the file's cell", () => {
    const extra = { level1: "效益指标", level2: "社会效益指标", name: "就业率", target: "≥60%" };
    const set = [...withTarget("培训人数", { target: "≥150人" }), extra];
    const declared = gridSheet("申报表", [declarationForm({ amount: 120, indicators: set })]).sheet;
    const elsewhere = gridSheet("监控表", [monitoringForm({ project: "农村道路养护项目" })]).sheet;
    const ev = run(workbook({}), [{ file: "targets.xlsx", sheets: [declared, elsewhere] }]);
    expect(where(ev)).toEqual([
      "TARGET_BUDGET_MISMATCH@自评表!C6",
      "TARGET_IND_MISSING@自评表!D11",
      "TARGET_VALUE_CHANGED@自评表!E12",
    ]);
    const missing = targetFindings(ev).find((f) => f.code === "TARGET_IND_MISSING")!;
    expect(missing.message.zh).toContain("（targets.xlsx › 申报表!D15）");
    // Another project's 监控表 in the --targets file is not this workbook's business: nothing said.
    expect(targetFindings(ev).some((f) => f.code === "TARGET_UNPAIRED")).toBe(false);
  });

  test("several 自评表 and target forms: paired by 项目名称 after normalising", () => {
    const sheets = [
      gridSheet("自评表", [projectForm(), other()]).sheet,
      gridSheet("申报表", [
        declarationForm({ project: "农村道路 养护项目", amount: 80 }),
        declarationForm({ project: "职业技能培训项目。" }),
      ]).sheet,
    ];
    const ev = run(sheets);
    expect(where(ev)).toEqual(["TARGET_BUDGET_MISMATCH@自评表!C25"]);
    expect(ev.forms[1].findings.map((f) => f.code)).toContain("TARGET_BUDGET_MISMATCH");
  });

  test("a 申报表 and a 监控表 both filled: compared with the 申报表 (the targets as set)", () => {
    const ev = run(
      workbook({
        申报表: declarationForm(),
        监控表: monitoringForm({ indicators: withTarget("培训人数", { target: "≥150人" }) }),
      })
    );
    expect(where(ev)).toEqual([]);
  });

  test("a --targets workbook beside the workbook's own target form: both read", () => {
    const ev = run(workbook({ 申报表: declarationForm({ indicators: [], amount: "0.00" }) }), [
      {
        file: "t.xlsx",
        sheets: [gridSheet("监控表", [monitoringForm({ amount: "120.00" })]).sheet],
      },
    ]);
    expect(where(ev)).toEqual(["TARGET_BUDGET_MISMATCH@自评表!C6", "TARGET_FORM_EMPTY@申报表!A1"]);
  });

  test("指标性质 | 指标值 | 度量单位 columns read as one target: a changed unit is found", () => {
    const set = withTarget("培训人数", { target: "≥100人次" });
    const ev = run(workbook({ 申报表: declarationForm({ split: true, indicators: set }) }));
    expect(where(ev)).toEqual(["TARGET_VALUE_CHANGED@自评表!E12"]);
    expect(targetFindings(ev)[0].expected).toBe("≥100人次");
  });
});
