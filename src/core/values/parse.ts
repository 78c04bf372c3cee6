// Target and actual values: text → {comparator, number | date | text, unit}; docs/rules.md §4 "Values".
import { D, type Dec } from "../decimal";
import { cellDecimal, cellNumberText } from "../grid/cell-number";
import { isEmptyValue, squash, toHalfWidth } from "../text/normalize";
import type { CellValue } from "../types";
import {
  isDateFormat,
  isPercentFormat,
  isPercentLiteralFormat,
  serialToDate,
} from "./number-format";
import { lookupUnit, opaqueUnit, type Unit } from "./units";

export type Comparator = "ge" | "le" | "eq" | "gt" | "lt";

export interface DateValue {
  year: number | null;
  month: number | null;
  day: number | null;
}

export interface Parsed {
  /** The value as written, trimmed. */
  raw: string;
  empty: boolean;
  comparator?: Comparator;
  number?: Dec;
  unit?: Unit;
  date?: DateValue;
  /** Qualitative text (squashed) when the value is neither number nor date. */
  text?: string;
  /** An achievement word (`达到预期指标`, `完成`): qualitative and achieved. */
  achieved?: boolean;
  /** Holds digits but could not be read as one number (`3-5次`, `约10个`). */
  unparsed?: boolean;
}

const PREFIX_COMPARATORS: [string, Comparator][] = [
  ["大于或等于", "ge"],
  ["大于等于", "ge"],
  ["小于或等于", "le"],
  ["小于等于", "le"],
  [">=", "ge"],
  ["=>", "ge"],
  ["≥", "ge"],
  ["≧", "ge"],
  ["不低于", "ge"],
  ["不少于", "ge"],
  ["不小于", "ge"],
  ["至少", "ge"],
  ["<=", "le"],
  ["=<", "le"],
  ["≤", "le"],
  ["≦", "le"],
  ["不高于", "le"],
  ["不超过", "le"],
  ["不超出", "le"],
  ["不大于", "le"],
  ["不多于", "le"],
  ["最多", "le"],
  ["控制在", "le"],
  ["=", "eq"],
  ["﹦", "eq"],
  ["═", "eq"],
  ["等于", "eq"],
  [">", "gt"],
  ["大于", "gt"],
  ["高于", "gt"],
  ["超过", "gt"],
  ["<", "lt"],
  ["小于", "lt"],
  ["低于", "lt"],
];

const SUFFIX_COMPARATORS: [string, Comparator][] = [
  ["及以上", "ge"],
  ["以上", "ge"],
  ["及以下", "le"],
  ["以下", "le"],
  ["以内", "le"],
  ["之内", "le"],
  ["内", "le"],
];

const ACHIEVED = new Set([
  "达到预期指标",
  "达成预期指标",
  "达到预期目标",
  "达成预期目标",
  "达到预期",
  "达成预期",
  "已完成",
  "完成",
  "全部完成",
  "按时完成",
  "已达到",
  "达到",
  "已达成",
  "达成",
  "达标",
  "有效",
  "是",
  "已实现",
  "实现",
]);

const NUMBER = /^([+-]?\d+(?:\.\d+)?)(.*)$/;

function fromCellNumber(v: number, format: string | null): Parsed {
  // The number as the sheet shows it (15 significant digits), never the double's float noise.
  const raw = cellNumberText(v);
  if (isDateFormat(format) && v > 0 && v < 2958466) {
    const d = serialToDate(v);
    return { raw, empty: false, date: { year: d.year, month: d.month, day: d.day } };
  }
  const percent = lookupUnit("%") ?? undefined;
  if (isPercentFormat(format)) {
    return { raw, empty: false, number: cellDecimal(v).times(100), unit: percent };
  }
  // `0.00\%` prints a literal percent sign: 96.84 already means 96.84%.
  if (isPercentLiteralFormat(format))
    return { raw, empty: false, number: cellDecimal(v), unit: percent };
  return { raw, empty: false, number: cellDecimal(v) };
}

function stripComparator(s: string): { rest: string; comparator?: Comparator } {
  for (const [word, cmp] of PREFIX_COMPARATORS) {
    if (s.startsWith(word) && s.length > word.length)
      return { rest: s.slice(word.length), comparator: cmp };
  }
  return { rest: s };
}

function stripSuffixComparator(s: string): { rest: string; comparator?: Comparator } {
  for (const [word, cmp] of SUFFIX_COMPARATORS) {
    if (s.endsWith(word) && s.length > word.length)
      return { rest: s.slice(0, -word.length), comparator: cmp };
  }
  return { rest: s };
}

const DATE_PATTERNS: [RegExp, (m: RegExpExecArray) => DateValue][] = [
  [/^(\d{4})年(\d{1,2})月(\d{1,2})日?$/, (m) => ({ year: +m[1], month: +m[2], day: +m[3] })],
  [
    /^(\d{4})年(\d{1,2})月(?:份)?(?:底|末|中旬|上旬|下旬)?$/,
    (m) => ({ year: +m[1], month: +m[2], day: null }),
  ],
  [/^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/, (m) => ({ year: +m[1], month: +m[2], day: +m[3] })],
  [/^(\d{4})[-/.](\d{1,2})$/, (m) => ({ year: +m[1], month: +m[2], day: null })],
  [/^(\d{4})年(?:度)?(?:底|末|年底|年末)?$/, (m) => ({ year: +m[1], month: null, day: null })],
  [/^(\d{1,2})月(\d{1,2})日$/, (m) => ({ year: null, month: +m[1], day: +m[2] })],
  [/^(\d{1,2})月(?:份)?(?:底|末)?$/, (m) => ({ year: null, month: +m[1], day: null })],
  [/^(?:年底|年末|年内|当年|本年度?|年度内)$/, () => ({ year: null, month: 12, day: null })],
];

const DATE_SUFFIXES = ["之前", "以前", "前", "内", "完成", "底前"];

function parseDate(s: string): { date: DateValue; comparator?: Comparator } | null {
  let t = s;
  let comparator: Comparator | undefined;
  for (const suf of DATE_SUFFIXES) {
    if (t.endsWith(suf) && t.length > suf.length) {
      t = t.slice(0, -suf.length);
      comparator = "le";
      break;
    }
  }
  for (const [re, make] of DATE_PATTERNS) {
    const m = re.exec(t);
    if (!m) continue;
    const date = make(m);
    if (date.month !== null && (date.month < 1 || date.month > 12)) return null;
    if (date.day !== null && (date.day < 1 || date.day > 31)) return null;
    return { date, comparator };
  }
  return null;
}

/** Parses a target/actual cell. `format` is the cell's invariant number format, if any. */
export function parseValue(
  value: CellValue,
  format: string | null = null,
  role: "target" | "actual" = "target"
): Parsed {
  if (typeof value === "number") return fromCellNumber(value, format);
  if (typeof value === "boolean") return { raw: String(value), empty: false, text: String(value) };
  const raw = (value ?? "").trim();
  if (isEmptyValue(raw)) return { raw, empty: true };
  let s = squash(toHalfWidth(raw)).replace(/(\d),(?=\d{3}\b)/g, "$1");
  if (role === "actual" && s.startsWith("=") && !s.startsWith("==")) {
    // A leading `=` in an actual is the clerk's "equals", not a comparator (`=44.83万元`).
    s = s.slice(1);
  }
  const pre = stripComparator(s);
  s = pre.rest;
  let comparator = pre.comparator;
  const date = parseDate(s);
  if (date)
    return { raw, empty: false, date: date.date, comparator: comparator ?? date.comparator };
  const suf = stripSuffixComparator(s);
  if (suf.comparator && NUMBER.test(suf.rest)) {
    s = suf.rest;
    comparator = comparator ?? suf.comparator;
  }
  const m = NUMBER.exec(s);
  if (m) {
    const unitText = m[2];
    if (unitText === "") return { raw, empty: false, comparator, number: new D(m[1]) };
    if (/\d/.test(unitText)) return { raw, empty: false, comparator, text: s, unparsed: true };
    const unit = lookupUnit(unitText) ?? opaqueUnit(unitText);
    return { raw, empty: false, comparator, number: new D(m[1]), unit };
  }
  const achieved = !comparator && ACHIEVED.has(s);
  return { raw, empty: false, comparator, text: s, achieved, unparsed: /\d/.test(s) || undefined };
}

/** How a number cell reads on the form: a date-formatted serial as a date, a percent as `95%`. */
export function displayValue(value: CellValue, parsed: Parsed, text: string): string {
  if (typeof value !== "number") return text;
  const d = parsed.date;
  if (d && d.year !== null && d.month !== null)
    return `${d.year}年${d.month}月${d.day !== null ? `${d.day}日` : ""}`;
  if (parsed.number !== undefined && parsed.unit?.symbol === "%")
    return `${parsed.number.toFixed()}%`;
  return text;
}
