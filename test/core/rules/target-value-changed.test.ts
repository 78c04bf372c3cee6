// TARGET_VALUE_CHANGED: a target whose value, comparator or unit differs between the two forms.
import {
  declarationForm,
  monitoringForm,
  withTarget,
} from "../../../testkit/fixtures/target-forms";
import { run, targetFindings, where, workbook } from "../targets/harness";

function changed(name: string, target: string) {
  return run(workbook({ 申报表: declarationForm({ indicators: withTarget(name, { target }) }) }));
}

describe("TARGET_VALUE_CHANGED", () => {
  test.each([
    [
      "培训人数",
      "≥120人",
      "value",
      "E12",
      "指标“培训人数”的指标值为 ≥100人，绩效目标申报表（申报表!E10）设定的是 ≥120人",
    ],
    [
      "培训合格率",
      "≤95%",
      "comparator",
      "E13",
      "比较符改变：自评表为 ≥95%，绩效目标申报表（申报表!E11）为 ≤95%",
    ],
    [
      "培训人数",
      "≥100人次",
      "unit",
      "E12",
      "计量单位改变：自评表为 ≥100人，绩效目标申报表（申报表!E10）为 ≥100人次",
    ],
    ["完成时间", "2023年6月", "value", "E14", "指标“完成时间”的指标值为 2023年12月"],
    ["学员满意度", "群众满意", "value", "E16", "设定的是 群众满意"],
  ])("%s set as %s: %s, at the 自评表's target cell %s", (name, target, _variant, cell, text) => {
    const ev = changed(name, target);
    expect(where(ev)).toEqual([`TARGET_VALUE_CHANGED@自评表!${cell}`]);
    const [f] = targetFindings(ev);
    expect(f.severity).toBe("warning");
    expect(f.message.zh).toContain(text);
    expect(f.expected).toBe(target);
  });

  test("compared as parsed values: spacing, width, a unit word or 万元 ↔ 元 are no change", () => {
    for (const [name, target] of [
      ["培训合格率", "≥ 95 %"],
      ["培训合格率", "≥９５％"],
      ["培训合格率", "不低于95%"],
      ["培训合格率", "95%以上"],
      ["培训人数", "≥100"],
      ["完成时间", "2023年12月底"],
    ]) {
      expect({ target, found: where(changed(name, target)) }).toEqual({ target, found: [] });
    }
  });

  test("a target the 自评表 leaves blank: the target form's value is named", () => {
    const self = projectWithBlankTarget();
    const ev = run(workbook({ 监控表: monitoringForm() }, self));
    expect(where(ev)).toEqual(["TARGET_VALUE_CHANGED@自评表!E12"]);
    expect(targetFindings(ev)[0].message.zh).toBe(
      "指标“培训人数”未填写指标值，绩效目标执行监控表（监控表!E14）设定的是 ≥100人"
    );
  });
});

import { projectForm, setCell } from "../../../testkit/fixtures/layouts";
function projectWithBlankTarget() {
  return setCell(projectForm(), "E12", null);
}
