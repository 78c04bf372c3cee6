// Presentation kit, words: methods, severities, grades and finding counts in zh and en.
import {
  METHOD_WORDS,
  SEVERITY_WORDS,
  countsText,
  gradeWord,
  methodWord,
  plural,
  severityWord,
  type IndicatorReport,
  type Lang,
  type Severity,
} from "../../../src/core";

type Method = IndicatorReport["method"];

describe("methodWord", () => {
  test.each<[string, Method, Lang]>([
    ["≥ 正向", "ge", "zh"],
    ["≤ 反向", "le", "zh"],
    ["= 等于", "eq", "zh"],
    ["日期", "date", "zh"],
    ["定性判断", "judgment", "zh"],
    ["≥ at least", "ge", "en"],
    ["≤ at most", "le", "en"],
    ["= exactly", "eq", "en"],
    ["date", "date", "en"],
    ["judgment", "judgment", "en"],
  ])("%p for %s in %s", (expected, method, lang) => {
    expect(methodWord(method, lang)).toBe(expected);
  });
});

describe("severityWord", () => {
  test.each<[string, Severity, Lang]>([
    ["错误", "error", "zh"],
    ["警告", "warning", "zh"],
    ["提示", "info", "zh"],
    ["Errors", "error", "en"],
    ["Warnings", "warning", "en"],
    ["Info", "info", "en"],
  ])("%p for %s in %s", (expected, severity, lang) => {
    expect(severityWord(severity, lang)).toBe(expected);
  });
});

describe("gradeWord", () => {
  test.each<[string, string, Lang]>([
    ["优", "优", "zh"],
    ["差", "差", "zh"],
    ["优 (Excellent)", "优", "en"],
    ["良 (Good)", "良", "en"],
    ["中 (Fair)", "中", "en"],
    ["差 (Poor)", "差", "en"],
    ["合格", "合格", "en"],
  ])("%p for %p in %s", (expected, grade, lang) => {
    expect(gradeWord(grade, lang)).toBe(expected);
  });
});

describe("counts", () => {
  test.each<[string, number, number, number, Lang]>([
    ["4 个错误，5 个警告，1 个提示", 4, 5, 1, "zh"],
    ["0 个错误，0 个警告，0 个提示", 0, 0, 0, "zh"],
    ["4 errors, 5 warnings, 1 info", 4, 5, 1, "en"],
    ["1 error, 1 warning, 2 infos", 1, 1, 2, "en"],
  ])("%p", (expected, errors, warnings, infos, lang) => {
    expect(countsText({ errors, warnings, infos }, lang)).toBe(expected);
  });

  test.each<[string, number, string]>([
    ["1 form", 1, "form"],
    ["0 files", 0, "file"],
    ["3 forms", 3, "form"],
  ])("%p", (expected, n, word) => {
    expect(plural(n, word)).toBe(expected);
  });
});

describe("every word exists in both languages", () => {
  test.each(Object.entries({ ...METHOD_WORDS, ...SEVERITY_WORDS }))("%s", (_key, text) => {
    expect(text.zh.trim()).not.toBe("");
    expect(text.en.trim()).not.toBe("");
    expect(text.en).not.toMatch(/[\u4e00-\u9fff]/);
  });
});
