// TARGET_UNPAIRED: a 自评表 without its project's target form, a target form without its 自评表.
import { projectForm, setCell } from "../../../testkit/fixtures/layouts";
import { gridSheet } from "../../../testkit/fixtures/grid-forms";
import { declarationForm } from "../../../testkit/fixtures/target-forms";
import { run, targetFindings, where } from "../targets/harness";

const other = () => setCell(projectForm(), "B3", "农村道路养护项目");

describe("TARGET_UNPAIRED", () => {
  test("two 自评表, one 申报表: paired by 项目名称; the other 自评表 and nothing else said so", () => {
    const sheets = [
      gridSheet("自评表", [projectForm(), other()]).sheet,
      gridSheet("申报表", [declarationForm()]).sheet,
    ];
    const ev = run(sheets);
    expect(where(ev)).toEqual(["TARGET_UNPAIRED@自评表!A22"]);
    const [f] = targetFindings(ev);
    expect(f.severity).toBe("info");
    expect(f.message.zh).toContain("未找到项目“农村道路养护项目”的绩效目标申报表或执行监控表");
  });

  test("a 申报表 of another project beside two 自评表: the 申报表 and both forms unpaired", () => {
    const sheets = [
      gridSheet("自评表", [projectForm(), other()]).sheet,
      gridSheet("申报表", [declarationForm({ project: "农田水利建设项目" })]).sheet,
    ];
    expect(where(run(sheets))).toEqual([
      "TARGET_UNPAIRED@自评表!A3",
      "TARGET_UNPAIRED@自评表!A22",
      "TARGET_UNPAIRED@申报表!A1",
    ]);
    const f = targetFindings(run(sheets)).find((x) => x.sheet === "申报表")!;
    expect(f.message.zh).toBe(
      "绩效目标申报表（申报表!A1，项目“农田水利建设项目”）没有对应的自评表，未核对"
    );
  });

  test("one 自评表, one target form: paired whatever the names say", () => {
    const sheets = [
      gridSheet("自评表", [projectForm()]).sheet,
      gridSheet("申报表", [declarationForm({ project: "职业技能培训项目（2023年）" })]).sheet,
    ];
    expect(where(run(sheets))).toEqual([]);
  });
});
