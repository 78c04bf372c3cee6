// Layouts modelled on real published forms that are not in the seed: a 2022 Anhui central-2020 form whose
// total row was left at 0 while the 其中 row holds the money, and a 2023 Sichuan 部门预算项目支出绩效自评表.
import { evaluate } from "../../src/core";
import type { CellValue, SheetData } from "../../src/core/types";

function sheet(name: string, rows: CellValue[][], top = 0, left = 0, merges?: string[]): SheetData {
  return { name, top, left, values: rows, merges };
}

const anhui: CellValue[][] = [
  ["项目支出绩效自评表", null, null, null, null, null, null, null],
  ["(2022年度)", null, null, null, null, null, null, null],
  ["项目名称", "委托业务项目", null, null, null, null, null, null],
  [
    "主管部门",
    "219-池州市贵池区棠溪镇人民政府",
    null,
    null,
    "实施单位",
    "219001-池州市贵池区棠溪镇人民政府",
    null,
    null,
  ],
  ["项目资金\n(万元)", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
  [null, "年度资金总额:", 0, 0, 0, 10, 0, 0],
  [null, "其中:本年财政拨款", 90, 89.974, 89.974, null, null, null],
  [null, "上年结转资金", null, null, null, null, null, null],
  [null, "其他资金", null, null, null, null, null, null],
  ["年度总体目标", "预期目标", null, null, "实际完成情况", null, null, null],
  [
    null,
    "本项目共申请预算资金90万元。",
    null,
    null,
    "本项目共完成预算资金89.97万元。",
    null,
    null,
    null,
  ],
  [
    "绩效指标",
    "一级指标",
    "二级指标",
    "三级指标",
    "年度指标值",
    "实际完成值",
    "分值",
    "得分",
    "偏差原因分析及改进措施",
  ],
  [null, "产出指标(50分)", "数量指标", "基建工程委托业务项目数量", "≥50个", "50", 8, 8, null],
  [null, null, "质量指标", "委托业务报告合格率", "≥100百分比", "100", 8, 8, null],
  [null, null, null, "经费支出合规性", "严格执行相关制度规定", "达成预期指标", 8, 8, null],
  [
    null,
    null,
    "时效指标",
    "提交报告及时性",
    "在项目计划完成时间内完成",
    "达成预期指标",
    8,
    8,
    null,
  ],
  [null, null, "成本指标", "项目总成本", "≤90万元", "90", 8, 8, null],
  [null, null, null, "单项业务成本", "符合相关规定", "达成预期指标", 10, 10, null],
  [
    null,
    "效益指标(30分)",
    "社会效益指标",
    "对维护基建市场公平的影响程度",
    "效果明显",
    "达成预期指标",
    10,
    10,
    null,
  ],
  [
    null,
    null,
    "生态效益指标",
    "对控制基建项目成本影响程度",
    "效果明显",
    "达成预期指标",
    10,
    10,
    null,
  ],
  [
    null,
    null,
    "可持续影响指标",
    "对推动基建项目“四项制度”健全和落实的持续性影响",
    "效果明显",
    "达成预期指标",
    10,
    10,
    null,
  ],
  [null, null, "经济效益指标", null, null, null, null, null, null],
  [null, "满意度指标(10分)", "满意度指标", "公众满意度", "≥90%", "95%", 10, 10, null],
  ["总分", null, null, null, null, null, 100, 100, null],
];

const sichuan: CellValue[][] = [
  ["部门预算项目支出绩效自评表(2023年度)"],
  ["项目名称", "51092324T000010263357-2023年全县安可替代补助资金项目"],
  ["主管部门", "大英县司法局部门", null, null, null, "实施单位", "大英县司法局"],
  ["项目基本情况", "1.项目年度目标完成情况", "项目年度目标", null, null, "年度目标完成情况"],
  [null, null, "根据要求购买安可设备，并完成项目资金支付。", null, null, "完成"],
  [null, "2.项目实施内容及过程概述", "2023年购买13台安可电脑，并于12月前完成资金支付。"],
  [
    "预算执行情况(10分)",
    "年度预算数(万元)",
    "年初预算",
    "调整后预算数",
    "预算执行数",
    "预算执行率",
    "权重",
    "得分",
    "原因",
  ],
  [
    null,
    "总额",
    "0.00",
    "3.36",
    "3.36",
    "100.00%",
    "10",
    "10",
    "1.预算执行率=预算执行数/调整后预算数,预算执行率未达到90%的需说明原因(100字以内)",
  ],
  [null, "其中:财政资金", "0.00", "3.36", "3.36", "100.00%", "/", "/", null],
  [null, "财政专户管理资金", "0.00", "0.00", "0.00", "0.00%", "/", "/", null],
  [null, "单位资金", "0.00", "0.00", "0.00", "0.00%", "/", "/", null],
  [null, "其他资金", "/", "/", null, null, null, null, null],
  [
    "绩效指标(90分)",
    "一级指标",
    "二级指标",
    "三级指标",
    "指标性质",
    "指标值",
    "度量单位",
    "完成值",
    "权重",
    "得分",
    "未完成原因分析",
  ],
  [null, "产出指标", "数量指标", "购买安可电脑数量", "≥", "13", "台", "13", "30", "30", null],
  [
    null,
    null,
    "质量指标",
    "完成安可产品购买并按要求支付资金",
    "=",
    "100",
    "%",
    "100",
    "30",
    "30",
    null,
  ],
  [
    null,
    "效益指标",
    "社会效益指标",
    "保障办公设备安全可控",
    "定性",
    "有效保障",
    null,
    "有效保障",
    "20",
    "20",
    null,
  ],
  [
    null,
    "满意度指标",
    "服务对象满意度指标",
    "使用人员满意度",
    "≥",
    "90",
    "%",
    "96",
    "10",
    "10",
    null,
  ],
  ["合计", null, null, null, null, null, null, null, "100", "100", null],
  ["评价结论", "根据财政局资金下达的管理办法，将资金支付给项目施工方。"],
  ["存在问题", "无"],
];

test("central-2020 (Anhui 2022): money only in the 其中 row → FUND_SOURCES_SUM, no silent budget score", () => {
  const ev = evaluate([sheet("Sheet1", anhui, 2, 1)]);
  expect(ev.forms).toHaveLength(1);
  const f = ev.forms[0];
  expect(f.profile).toBe("central-2020");
  expect(f.project).toBe("委托业务项目");
  expect(f.year).toBe(2022);
  expect(f.indicators.map((i) => i.name)).toHaveLength(10);
  expect(f.budget.computed).toBeNull();
  const codes = f.findings.map((x) => `${x.code}@${x.cell}`);
  expect(codes).toContain("FUND_SOURCES_SUM@D8");
  expect(codes.some((c) => c.startsWith("FUND_SCORE"))).toBe(false);
  // 50 + 30 + 10 from the level-1 labels, budget 10: the weights add up.
  expect(codes.some((c) => c.startsWith("WEIGHT_TOTAL"))).toBe(false);
  // ≥100百分比 against 100: the actual takes the target's unit.
  expect(f.indicators[1]).toMatchObject({ method: "ge", computed: "8" });
  expect(f.indicators[4]).toMatchObject({ name: "项目总成本", method: "le", computed: "8" });
  // Total 100 = entered budget score 0 + indicator scores 90: the form's own arithmetic is off by 10.
  expect(codes).toContain("TOTAL_MISMATCH@I26");
  expect(ev.writes.find((w) => w.role === "budgetScore")).toBeUndefined();
});

test("sichuan (2023): 总额 row, 指标性质 + 度量单位 columns, 合计 total without a grade cell", () => {
  const ev = evaluate([sheet("自评表", sichuan)]);
  expect(ev.forms).toHaveLength(1);
  const f = ev.forms[0];
  expect(f.profile).toBe("sichuan");
  expect(f.year).toBe(2023);
  expect(f.budget).toMatchObject({
    planned: "3.36",
    executed: "3.36",
    rate: "1",
    weight: "10",
    entered: "10",
    computed: "10",
  });
  expect(f.indicators.map((i) => [i.name, i.method, i.computed])).toEqual([
    ["购买安可电脑数量", "ge", "30"],
    ["完成安可产品购买并按要求支付资金", "eq", "30"],
    ["保障办公设备安全可控", "judgment", null],
    ["使用人员满意度", "ge", "10"],
  ]);
  expect(f.indicators[0].target).toBe("≥13台");
  expect(f.total).toMatchObject({ cell: "J18", entered: "100", computed: "100" });
  expect(f.grade).toBeNull();
  expect(f.findings.filter((x) => x.severity !== "info")).toEqual([]);
  expect(ev.writes).toEqual([]);
});

test("a deployment's 80/70/60 grade bands: a total of 79.23 is 良 there, 中 by default", () => {
  const rows = sichuan.map((r) => [...r]);
  rows[13][7] = "4"; // 4 of 13 台 bought: 30 × 4 / 13 = 9.23
  rows[13][9] = "9.23";
  rows[17][9] = "79.23";
  const ev = evaluate([sheet("自评表", rows)]);
  expect(ev.forms[0].total).toMatchObject({ entered: "79.23", computed: "79.23" });
  expect(ev.forms[0].computedGrade).toBe("中");
  const banded = evaluate([sheet("自评表", rows)], { gradeBands: [80, 70, 60] });
  expect(banded.forms[0].computedGrade).toBe("良");
});

test("scores and weights written with 分 (`10分`) are numbers", () => {
  const rows = sichuan.map((r) => [...r]);
  rows[13][8] = "30分";
  rows[13][9] = "30分";
  const ev = evaluate([sheet("自评表", rows)]);
  expect(ev.forms[0].indicators[0]).toMatchObject({ weight: "30", entered: "30", computed: "30" });
  expect(ev.forms[0].findings.filter((f) => f.severity !== "info")).toEqual([]);
});
