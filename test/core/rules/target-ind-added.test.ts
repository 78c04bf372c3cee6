// TARGET_IND_ADDED: an indicator of the 自评表 that its target form does not set.
import { declarationForm, TARGET_SET } from "../../../testkit/fixtures/target-forms";
import { run, targetFindings, where, workbook } from "../targets/harness";

describe("TARGET_IND_ADDED", () => {
  test("the 自评表 scores 培训覆盖率, the 申报表 never set it: pointed at the 自评表's name", () => {
    const set = TARGET_SET.filter((t) => t.name !== "培训覆盖率");
    const ev = run(workbook({ 申报表: declarationForm({ indicators: set }) }));
    expect(where(ev)).toEqual(["TARGET_IND_ADDED@自评表!D15"]);
    const [f] = targetFindings(ev);
    expect(f.severity).toBe("warning");
    expect(f.message.zh).toBe(
      "自评表中的指标“培训覆盖率”不是绩效目标申报表（申报表!D9）设定的指标"
    );
    expect(f.actual).toBe("培训覆盖率");
  });

  test("a renamed indicator is one missing and one added, never matched by guess", () => {
    const set = TARGET_SET.map((t) =>
      t.name === "培训合格率" ? { ...t, name: "结业考核通过率" } : t
    );
    expect(where(run(workbook({ 申报表: declarationForm({ indicators: set }) })))).toEqual([
      "TARGET_IND_ADDED@自评表!D13",
      "TARGET_IND_MISSING@申报表!D11",
    ]);
  });

  test("the same set: none", () => {
    expect(where(run(workbook({ 申报表: declarationForm() })))).toEqual([]);
  });
});
