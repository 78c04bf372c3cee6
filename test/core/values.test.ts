// Value parser tables: what each written target/actual means (docs/rules.md §4 "Values").
import { parseValue } from "../../src/core/values/parse";

type Row = [
  input: string | number,
  expected: {
    cmp?: string;
    num?: string;
    unit?: string;
    date?: string;
    text?: string;
    achieved?: boolean;
    empty?: boolean;
    unparsed?: boolean;
  },
  role?: "target" | "actual",
  format?: string,
];

const rows: Row[] = [
  ["130个", { num: "130", unit: "个" }],
  ["≥96%", { cmp: "ge", num: "96", unit: "%" }],
  ["≧96%", { cmp: "ge", num: "96", unit: "%" }],
  [">=96%", { cmp: "ge", num: "96", unit: "%" }],
  ["＞＝96%", { cmp: "ge", num: "96", unit: "%" }],
  ["不低于95%", { cmp: "ge", num: "95", unit: "%" }],
  ["95%以上", { cmp: "ge", num: "95", unit: "%" }],
  ["至少3次", { cmp: "ge", num: "3", unit: "次" }],
  ["≤10%", { cmp: "le", num: "10", unit: "%" }],
  ["不超过50万元", { cmp: "le", num: "50", unit: "万元" }],
  ["3天以内", { cmp: "le", num: "3", unit: "天" }],
  ["=130个", { cmp: "eq", num: "130", unit: "个" }],
  ["＝100%", { cmp: "eq", num: "100", unit: "%" }],
  ["=44.83万元", { num: "44.83", unit: "万元" }, "actual"],
  ["44.5万元", { num: "44.5", unit: "万元" }],
  ["500632.41元", { num: "500632.41", unit: "元" }],
  ["1,000元", { num: "1000", unit: "元" }],
  ["４４.５", { num: "44.5" }],
  ["44.5 ", { num: "44.5" }],
  ["100百分比", { num: "100", unit: "百分比" }],
  ["2022年12月", { date: "2022-12-" }],
  ["2022年12月31日", { date: "2022-12-31" }],
  ["12月底前", { date: "-12-", cmp: "le" }],
  ["2022-06-30", { date: "2022-6-30" }],
  ["2022年底前", { date: "2022--", cmp: "le" }],
  ["确保", { text: "确保" }],
  ["达到预期指标", { text: "达到预期指标", achieved: true }],
  ["完成", { text: "完成", achieved: true }],
  ["未完成", { text: "未完成", achieved: false }],
  ["3-5次", { unparsed: true }],
  ["约10个", { unparsed: true }],
  ["——", { empty: true }],
  ["/", { empty: true }],
  ["……", { empty: true }],
  [0.8955, { num: "89.55", unit: "%" }, "actual", "0.00%"],
  [44926, { date: "2022-12-31" }, "actual", 'yyyy"年"m"月"d"日"'],
  [44.5, { num: "44.5" }],
];

test.each(rows)("%s", (input, expected, role = "target", format) => {
  const p = parseValue(input, format ?? null, role);
  if (expected.empty) {
    expect(p.empty).toBe(true);
    return;
  }
  expect(p.empty).toBe(false);
  if (expected.cmp !== undefined) expect(p.comparator).toBe(expected.cmp);
  else if (expected.date === undefined) expect(p.comparator).toBeUndefined();
  if (expected.num !== undefined) expect(p.number?.toFixed()).toBe(expected.num);
  if (expected.unit !== undefined) expect(p.unit?.symbol).toBe(expected.unit);
  if (expected.date !== undefined) {
    const d = p.date!;
    expect(`${d.year ?? ""}-${d.month ?? ""}-${d.day ?? ""}`).toBe(expected.date);
  }
  if (expected.text !== undefined) expect(p.text).toBe(expected.text);
  if (expected.achieved !== undefined) expect(!!p.achieved).toBe(expected.achieved);
  if (expected.unparsed) expect(p.unparsed).toBe(true);
});
