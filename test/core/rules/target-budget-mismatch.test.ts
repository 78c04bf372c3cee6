// TARGET_BUDGET_MISMATCH: 年初预算数 against the target form's annual amount, 元 ↔ 万元 converted.
import {
  declarationForm,
  midTermDeclarationForm,
  monitoringForm,
} from "../../../testkit/fixtures/target-forms";
import { run, targetFindings, where, workbook } from "../targets/harness";

describe("TARGET_BUDGET_MISMATCH", () => {
  test.each([
    ["申报表 120 万元", declarationForm({ amount: 120 }), "120万元", "120"],
    ["监控表 120.00 万元", monitoringForm({ amount: "120.00" }), "120万元", "120"],
    [
      "申报表 in 元: 1,200,000",
      declarationForm({ unit: "元", amount: 1200000 }),
      "1200000元",
      "120",
    ],
  ])("%s against 年初预算数 100 万元: at the 自评表's 年初预算数", (_n, form, shown, expected) => {
    const ev = run(workbook({ 目标表: form }));
    expect(where(ev)).toEqual(["TARGET_BUDGET_MISMATCH@自评表!C6"]);
    const [f] = targetFindings(ev);
    expect(f.severity).toBe("warning");
    expect([f.expected, f.actual]).toEqual([expected, "100"]);
    expect(f.message.zh).toContain(`年初预算数 100万元 与`);
    expect(f.message.zh).toContain(`年度资金总额 ${shown}`);
  });

  test("the same amount in another unit, or the multi-year total beside it: none", () => {
    expect(
      where(run(workbook({ 目标表: declarationForm({ unit: "元", amount: 1000000 }) })))
    ).toEqual([]);
    expect(where(run(workbook({ 目标表: declarationForm({ amount: "1000000元" }) })))).toEqual([]);
    const mid = midTermDeclarationForm({ midTermAmount: 300 });
    expect(where(run(workbook({ 目标表: mid })))).toEqual([]);
  });
});
