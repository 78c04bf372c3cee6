// Presentation kit, numbers: decimal strings in, display strings out; blank is null, text as given.
import { asDecimal, formatMoney, formatNumber, formatPercent } from "../../../src/core";

describe("formatNumber", () => {
  test.each<[string | null, string | null]>([
    ["8.96", "8.9600"],
    ["15", "15.0000"],
    ["15", "15"],
    ["0", "0"],
    ["-1.5", "-1.50"],
    ["0.0000001", "1e-7"],
    ["8.96", " 8.96 "],
    ["九", "九"],
    ["0x1A", "0x1A"],
    ["Infinity", "Infinity"],
    [null, ""],
    [null, "  "],
    [null, null],
  ])("%p from %p", (expected, value) => {
    expect(formatNumber(value)).toBe(expected);
  });
});

describe("formatMoney", () => {
  test.each<[string | null, string | null]>([
    ["50.06", "50.06"],
    ["44.83", "44.830"],
    ["1234567.5", "1234567.50"],
    ["未填", "未填"],
    [null, null],
  ])("%p from %p", (expected, value) => {
    expect(formatMoney(value)).toBe(expected);
  });
});

describe("formatPercent", () => {
  test.each<[string | null, string | null]>([
    ["89.55%", "0.895525"],
    ["100.00%", "1"],
    ["12.35%", "0.123456"],
    ["0.00%", "0"],
    ["0.01%", "0.00005"],
    ["112.50%", "1.125"],
    ["abc", "abc"],
    [null, ""],
    [null, null],
  ])("%p from %p", (expected, fraction) => {
    expect(formatPercent(fraction)).toBe(expected);
  });
});

describe("asDecimal", () => {
  test.each<[string | null, string]>([
    ["8.96", "8.96"],
    ["0.5", ".5"],
    ["3", "+3"],
    ["1200", "1.2e3"],
    [null, "8.96%"],
    [null, "1,000"],
    [null, "NaN"],
    [null, "0x1A"],
    [null, ""],
  ])("%p from %p", (expected, value) => {
    expect(asDecimal(value)?.toFixed() ?? null).toBe(expected);
  });
});
