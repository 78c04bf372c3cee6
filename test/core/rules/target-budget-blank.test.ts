// TARGET_BUDGET_BLANK: a blank 年初预算数 while the target form gives the annual amount.
import { projectForm, setCell } from "../../../testkit/fixtures/layouts";
import { monitoringForm } from "../../../testkit/fixtures/target-forms";
import { run, targetFindings, where, workbook } from "../targets/harness";

describe("TARGET_BUDGET_BLANK", () => {
  test("年初预算数 blank, the 监控表's 年初预算数 100.00 万元: at the blank cell", () => {
    const ev = run(workbook({ 监控表: monitoringForm() }, setCell(projectForm(), "C6", null)));
    expect(where(ev)).toEqual(["TARGET_BUDGET_BLANK@自评表!C6"]);
    const [f] = targetFindings(ev);
    expect(f.severity).toBe("warning");
    expect(f.expected).toBe("100");
    expect(f.message.zh).toBe(
      "年初预算数未填写；绩效目标执行监控表（监控表!E7）的年度资金总额为 100万元"
    );
  });

  test("an annual amount of 0 or none: nothing to fill in", () => {
    const blank = setCell(projectForm(), "C6", null);
    expect(where(run(workbook({ 监控表: monitoringForm({ amount: "0.00" }) }, blank)))).toEqual([]);
    expect(where(run(workbook({ 监控表: monitoringForm({ amount: null }) }, blank)))).toEqual([]);
  });
});
