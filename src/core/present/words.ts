// The domain's words in zh and en: scoring methods, severities, grades and counts of findings.
import type { IndicatorReport } from "../report/types";
import type { Lang, LocalizedText, Severity } from "../types";
import type { SeverityCounts } from "./counts";

type Method = IndicatorReport["method"];

/** How an indicator is scored (docs/rules.md §4), the comparator first so it reads at a glance. */
export const METHOD_WORDS: Record<Method, LocalizedText> = {
  ge: { zh: "≥ 正向", en: "≥ at least" },
  le: { zh: "≤ 反向", en: "≤ at most" },
  eq: { zh: "= 等于", en: "= exactly" },
  date: { zh: "日期", en: "date" },
  judgment: { zh: "定性判断", en: "judgment" },
};

/** Headings of the severity groups. */
export const SEVERITY_WORDS: Record<Severity, LocalizedText> = {
  error: { zh: "错误", en: "Errors" },
  warning: { zh: "警告", en: "Warnings" },
  info: { zh: "提示", en: "Info" },
};

/** English names of the four grades; in Chinese a grade is its own word. */
const GRADE_NAMES: Record<string, string> = { 优: "Excellent", 良: "Good", 中: "Fair", 差: "Poor" };

export function methodWord(method: Method, lang: Lang): string {
  return METHOD_WORDS[method][lang];
}

export function severityWord(severity: Severity, lang: Lang): string {
  return SEVERITY_WORDS[severity][lang];
}

/** A grade as written on the form (优/良/中/差), with its English name in English: `优 (Excellent)`. */
export function gradeWord(grade: string, lang: Lang): string {
  const name = lang === "en" ? GRADE_NAMES[grade.trim()] : undefined;
  return name ? `${grade} (${name})` : grade;
}

/** `1 form`, `2 forms`: an English count with its noun. */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/** `4 个错误，5 个警告，1 个提示` / `4 errors, 5 warnings, 1 info`. */
export function countsText(counts: SeverityCounts, lang: Lang): string {
  if (lang === "zh") {
    return `${counts.errors} 个错误，${counts.warnings} 个警告，${counts.infos} 个提示`;
  }
  return [
    plural(counts.errors, "error"),
    plural(counts.warnings, "warning"),
    plural(counts.infos, "info"),
  ].join(", ");
}
