// TARGET_WEIGHT_CHANGED: an indicator weighted differently on the 自评表 than on its target form.
import { declarationForm, withTarget } from "../../../testkit/fixtures/target-forms";
import { run, targetFindings, where, workbook } from "../targets/harness";

describe("TARGET_WEIGHT_CHANGED", () => {
  test("培训覆盖率 weighs 30 on the 自评表, 25 on the 申报表: at the 自评表's 分值 cell", () => {
    const set = withTarget("培训覆盖率", { weight: 25 });
    const ev = run(workbook({ 申报表: declarationForm({ weights: true, indicators: set }) }));
    expect(where(ev)).toEqual(["TARGET_WEIGHT_CHANGED@自评表!G15"]);
    const [f] = targetFindings(ev);
    expect(f.severity).toBe("warning");
    expect([f.expected, f.actual]).toEqual(["25", "30"]);
    expect(f.message.zh).toBe(
      "指标“培训覆盖率”的分值为 30，绩效目标申报表（申报表!F13）设定的权重是 25"
    );
  });

  test("the same weights, or a 申报表 without weights: none", () => {
    expect(where(run(workbook({ 申报表: declarationForm({ weights: true }) })))).toEqual([]);
    const set = withTarget("培训覆盖率", { weight: 25 });
    expect(where(run(workbook({ 申报表: declarationForm({ indicators: set }) })))).toEqual([]);
  });

  test("weights typed as percentages (20%) compare as points", () => {
    const set = withTarget("培训人数", { weight: { n: 0.2, fmt: "0%" } });
    expect(
      where(run(workbook({ 申报表: declarationForm({ weights: true, indicators: set }) })))
    ).toEqual([]);
  });

  test("weights on another scale (every 申报表 weight twice the 自评表's): one info, not five", () => {
    const set = withTarget("培训人数", {}).map((t) => ({ ...t, weight: Number(t.weight) * 2 }));
    const ev = run(workbook({ 申报表: declarationForm({ weights: true, indicators: set }) }));
    expect(where(ev)).toEqual(["TARGET_WEIGHT_CHANGED@自评表!G11"]);
    const [f] = targetFindings(ev);
    expect(f.severity).toBe("info");
    expect(f.message.zh).toContain("所设权重的 0.5 倍");
  });
});
