// Spreadsheet error values (`#REF!`, `#DIV/0!` …): Office.js gives them in `values` as their text, and
// a file reader gives a cached formula error the same way; WPS and pasted values keep them as text.

/** The seven classic errors every producer writes, then the newer ones of Microsoft 365. */
export const ERROR_VALUES = Object.freeze([
  "#REF!",
  "#DIV/0!",
  "#VALUE!",
  "#N/A",
  "#NAME?",
  "#NUM!",
  "#NULL!",
  "#SPILL!",
  "#CALC!",
  "#GETTING_DATA",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
] as const);

export type ErrorValue = (typeof ERROR_VALUES)[number];

const BY_TEXT = new Map<string, ErrorValue>(ERROR_VALUES.map((e) => [e, e]));

/**
 * The error a cell shows, or null. Matched whole and case-insensitively after trimming, with
 * full-width `＃` and `！` folded (a re-typed `＃REF!`), so `#REF! 见附表` is text, not an error.
 */
export function cellError(v: unknown): ErrorValue | null {
  if (typeof v !== "string" || v.length > 16) return null;
  const t = v.trim().replace(/＃/g, "#").replace(/！/g, "!").replace(/？/g, "?").toUpperCase();
  if (!t.startsWith("#")) return null;
  return BY_TEXT.get(t) ?? null;
}
