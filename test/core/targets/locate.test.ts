// Finding target forms by their labels: the three layouts real exports use, where their parts are.
import { Grid } from "../../../src/core/grid/grid";
import { locateForms } from "../../../src/core/locate/locate";
import { splitTargetForms } from "../../../src/core/locate/target-form";
import { readTargetForm } from "../../../src/core/targets/read";
import { toA1 } from "../../../src/core/grid/address";
import { gridSheet, type GridForm } from "../../../testkit/fixtures/grid-forms";
import { projectForm, setCell, targetForm } from "../../../testkit/fixtures/layouts";
import {
  declarationForm,
  midTermDeclarationForm,
  monitoringForm,
  TARGET_SET,
} from "../../../testkit/fixtures/target-forms";

function read(form: GridForm, placement = {}) {
  const grid = new Grid(gridSheet("T", [form], placement).sheet);
  const split = splitTargetForms(grid, locateForms(grid));
  return { split, targets: split.targets.map((t) => readTargetForm(grid, t)) };
}

const names = TARGET_SET.map((t) => t.name);

describe("target forms are told from 自评表 and read by their labels", () => {
  test.each([
    ["申报表, one annual section", declarationForm(), "declaration", "D5", "A1"],
    ["申报表 with 中期目标 | 年度目标 halves", midTermDeclarationForm(), "declaration", "H7", "A1"],
    ["执行监控表", monitoringForm(), "monitoring", "E7", "A1"],
  ])("%s", (_name, form, kind, amountCell, anchor) => {
    const { split, targets } = read(form);
    expect(split.forms).toHaveLength(0);
    expect(targets).toHaveLength(1);
    const t = targets[0];
    expect(t.layout.kind).toBe(kind);
    expect(t.layout.project).toBe("职业技能培训项目");
    expect(toA1(t.layout.anchor.r, t.layout.anchor.c)).toBe(anchor);
    expect(t.annual && toA1(t.annual.cell.r, t.annual.cell.c)).toBe(amountCell);
    expect(t.annual?.amount?.toFixed()).toBe("100");
    expect(t.annual?.unit).toBe("万元");
    expect(t.indicators.map((i) => i.row.name)).toEqual(names);
    expect(t.indicators.map((i) => i.row.targetText)).toEqual(TARGET_SET.map((s) => s.target));
    expect(t.empty).toBe(false);
  });

  test("at another origin, merges unknown: the same form", () => {
    const { targets } = read(monitoringForm(), { top: 3, left: 2, merges: "unknown" });
    expect(targets[0].indicators.map((i) => i.row.name)).toEqual(names);
    expect(targets[0].annual?.amount?.toFixed()).toBe("100");
    expect(targets[0].indicators[1].row.level1).toBe("产出指标");
  });

  test("the 中期 half (multi-year targets, 中期资金总额) is never read as the annual one", () => {
    const mid = TARGET_SET.map((t) => ({ ...t, name: `三年${t.name}`, target: "≥300人" }));
    const { targets } = read(midTermDeclarationForm({ midTerm: mid, midTermAmount: 300 }));
    expect(targets[0].indicators.map((i) => i.row.name)).toEqual(names);
    expect(targets[0].annual?.amount?.toFixed()).toBe("100");
    // The annual half has no 一级指标 column: the shared one names each row's group.
    expect(targets[0].indicators.map((i) => i.row.group)).toEqual([
      "产出",
      "产出",
      "产出",
      "效益",
      "满意度",
    ]);
  });

  test("an amount in 元, with its unit in the cell or the label", () => {
    const inLabel = read(declarationForm({ unit: "元", amount: 1000000 })).targets[0];
    expect([inLabel.annual?.unit, inLabel.annual?.yuan?.toFixed()]).toEqual(["元", "1000000"]);
    const inCell = read(declarationForm({ amount: "1,000,000元" })).targets[0];
    expect([inCell.annual?.unit, inCell.annual?.amount?.toFixed()]).toEqual(["万元", "100"]);
  });

  test("headers only: an empty target form", () => {
    const t = read(declarationForm({ indicators: [], amount: "0.00" })).targets[0];
    expect(t.indicators).toEqual([]);
    expect(t.empty).toBe(true);
  });

  test("a 自评表 (实际完成值, 得分) and a 目标完成表 (实际完成值) stay 自评表", () => {
    for (const form of [projectForm(), targetForm()]) {
      const { split } = read(form);
      expect([split.forms.length, split.targets.length]).toEqual([1, 0]);
    }
  });

  test("a 自评表 whose 实际完成值 and 得分 headers were lost stays a 自评表 (its funding block says so)", () => {
    const damaged = setCell(setCell(projectForm(), "F11", null), "H11", null);
    const { split } = read(damaged);
    expect([split.forms.length, split.targets.length]).toEqual([1, 0]);
    // The same block under a target form's title is one.
    const titled = setCell(damaged, "A1", "项目支出绩效目标申报表");
    expect(read(titled).split.targets).toHaveLength(1);
  });

  test("weights of a 申报表 with a 分值 column", () => {
    const t = read(declarationForm({ weights: true })).targets[0];
    expect(t.hasWeights).toBe(true);
    expect(t.indicators.map((i) => i.row.weight?.num?.toNumber())).toEqual([20, 20, 10, 30, 10]);
  });
});
