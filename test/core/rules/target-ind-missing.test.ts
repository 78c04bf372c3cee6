// TARGET_IND_MISSING: an indicator the target form sets that the 自评表 does not list.
import {
  declarationForm,
  monitoringForm,
  TARGET_SET,
} from "../../../testkit/fixtures/target-forms";
import { run, targetFindings, where, workbook } from "../targets/harness";

const extra = { level1: "效益指标", level2: "社会效益指标", name: "就业率", target: "≥60%" };

describe("TARGET_IND_MISSING", () => {
  test.each([
    ["申报表", declarationForm({ indicators: [...TARGET_SET, extra] }), "D15"],
    ["执行监控表", monitoringForm({ indicators: [...TARGET_SET, extra] }), "D19"],
  ])(
    "the %s sets 就业率, the 自评表 lacks it: pointed at the target form's row",
    (_n, form, cell) => {
      const ev = run(workbook({ 目标表: form }));
      expect(where(ev)).toEqual([`TARGET_IND_MISSING@目标表!${cell}`]);
      const [f] = targetFindings(ev);
      expect(f.severity).toBe("warning");
      expect(f.message.zh).toContain("“就业率”（指标值 ≥60%）未列入自评表");
      expect(f.message.en).toContain("“就业率” (target ≥60%)");
      expect(f.expected).toBe("就业率");
      // It belongs to the 自评表's report, like its other findings.
      expect(ev.forms[0].findings.map((x) => x.code)).toContain("TARGET_IND_MISSING");
    }
  );

  test("every indicator listed: none", () => {
    expect(where(run(workbook({ 目标表: declarationForm() })))).toEqual([]);
  });
});
