// Matching indicators by 三级指标 name: what is normalised, and what is never merged.
import { looseKey, nameKey } from "../../../src/core/targets/names";
import {
  declarationForm,
  TARGET_SET,
  type TargetRow,
} from "../../../testkit/fixtures/target-forms";
import { run, where, workbook } from "./harness";

describe("nameKey", () => {
  test.each([
    ["培训 人数", "培训人数"],
    ["培训　人数", "培训人数"],
    ["ＬＥＤ路灯安装数", "led路灯安装数"],
    ["培训合格率（%）", "培训合格率"],
    ["培训人次(人次)", "培训人次"],
    ["《操作手册》印发", "操作手册印发"],
    ["学员满意度。", "学员满意度"],
    ["覆盖率—城区", "覆盖率城区"],
  ])("%s → %s", (name, key) => {
    expect(nameKey(name)).toBe(key);
  });

  test("a bracket that is no unit stays part of the name (一期 ≠ 二期)", () => {
    expect(nameKey("道路建设（一期）")).not.toBe(nameKey("道路建设（二期）"));
  });

  test("characters are never dropped by the exact key: 合格率 and 合格数 are two", () => {
    expect(nameKey("验收合格率")).not.toBe(nameKey("验收合格数"));
    expect(looseKey(nameKey("验收合格率"))).toBe(looseKey(nameKey("验收合格数")));
  });
});

const rename = (from: string, to: string): TargetRow[] =>
  TARGET_SET.map((t) => (t.name === from ? { ...t, name: to } : t));

describe("matching the two forms' indicators", () => {
  test.each([
    ["spaces and full width", "培训　合格率"],
    ["punctuation", "培训合格率。"],
    ["a unit in brackets", "培训合格率（%）"],
    ["a trailing 率 dropped on one side only", "培训合格"],
    ["a ★ mark and 指标1: prefix", "★指标1：培训合格率"],
  ])("%s: the same indicator", (_name, written) => {
    const ev = run(
      workbook({ 申报表: declarationForm({ indicators: rename("培训合格率", written) }) })
    );
    expect(where(ev)).toEqual([]);
  });

  test("the looser key never pairs where it would name two: 合格率 and 合格数 beside 合格", () => {
    const set = [...rename("培训合格率", "培训合格"), { ...TARGET_SET[1], name: "培训合格数" }];
    // 培训合格 has two loose partners on the target side: nothing is guessed.
    expect(where(run(workbook({ 申报表: declarationForm({ indicators: set }) })))).toEqual([
      "TARGET_IND_ADDED@自评表!D13",
      "TARGET_IND_MISSING@申报表!D11",
      "TARGET_IND_MISSING@申报表!D15",
    ]);
  });

  test("a name listed twice is two indicators: the second one missing is reported", () => {
    const twice = [...TARGET_SET, { ...TARGET_SET[0], level1: "效益指标", level2: "社会效益指标" }];
    expect(where(run(workbook({ 申报表: declarationForm({ indicators: twice }) })))).toEqual([
      "TARGET_IND_MISSING@申报表!D15",
    ]);
  });
});
