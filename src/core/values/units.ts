// Units seen on the forms, grouped by what they measure; units of one dimension convert by factor.
import { D, type Dec } from "../decimal";

export interface Unit {
  /** The unit as written (`万元`). */
  symbol: string;
  /** What it measures; only equal dimensions are comparable (`money`, `count:个`). */
  dim: string;
  /** Size in the dimension's base unit (元, 米, 平方米, 千克, 小时). */
  factor: Dec;
}

const TABLE: [string[], string, string][] = [
  [["元"], "money", "1"],
  [["千元"], "money", "1000"],
  [["万元"], "money", "10000"],
  [["亿元"], "money", "100000000"],
  [["%", "百分比", "百分点"], "percent", "1"],
  [["‰"], "percent", "0.1"],
  [["米", "m"], "length", "1"],
  [["厘米", "cm"], "length", "0.01"],
  [["公里", "千米", "km"], "length", "1000"],
  [["平方米", "㎡", "m2", "m²"], "area", "1"],
  [["亩"], "area", "666.6666666666666666666667"],
  [["公顷"], "area", "10000"],
  [["平方公里", "平方千米"], "area", "1000000"],
  [["克", "g"], "mass", "0.001"],
  [["千克", "公斤", "kg"], "mass", "1"],
  [["吨", "t"], "mass", "1000"],
  [["天", "日", "个工作日", "工作日"], "time:day", "1"],
  [["小时", "h"], "time:hour", "1"],
  [["分钟"], "time:hour", "0.01666666666666666666666667"],
  [["个月", "月"], "time:month", "1"],
  [["年"], "time:year", "1"],
];

const BY_SYMBOL = new Map<string, Unit>();
for (const [symbols, dim, factor] of TABLE) {
  for (const s of symbols) BY_SYMBOL.set(s, { symbol: s, dim, factor: new D(factor) });
}

/** Count words: each equal only to itself (10个 vs 10人 is a mismatch). */
const COUNT_WORDS = new Set(
  "个 人 人次 次 户 台 套 项 件 所 只 头 家 篇 场 期 批 辆 座 处 条 份 本 册 张 名 间 栋 门 类 种 部 支 根 盏 块 棵 株 匹 羽 尾 口 床 班 校 村 镇 乡 分 元/人 元/次 批次 场次 课时 学时 页 幅 份次 户次 件次 台次 次数 个数 人数".split(
    " "
  )
);

/** The unit written after a number, or null for an unknown word. */
export function lookupUnit(symbol: string): Unit | null {
  const s = symbol.trim();
  if (!s) return null;
  const known = BY_SYMBOL.get(s) ?? BY_SYMBOL.get(s.toLowerCase());
  if (known) return known;
  if (COUNT_WORDS.has(s)) return { symbol: s, dim: `count:${s}`, factor: new D(1) };
  return null;
}

/** A unit for a word we do not know: comparable only with the same word. */
export function opaqueUnit(symbol: string): Unit {
  return { symbol, dim: `other:${symbol}`, factor: new D(1) };
}

export function convertible(a: Unit, b: Unit): boolean {
  return a.dim === b.dim;
}
