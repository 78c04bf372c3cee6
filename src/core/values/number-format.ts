// What an invariant number-format code says about how a number is shown: percent, date, decimals.

/** The format with quoted literals and [colour]/[locale] brackets removed. */
function bare(format: string): string {
  return format
    .replace(/"[^"]*"/g, "")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/\\./g, "");
}

export function isPercentFormat(format: string | null | undefined): boolean {
  return !!format && bare(format).includes("%");
}

export function isDateFormat(format: string | null | undefined): boolean {
  if (!format) return false;
  const f = bare(format).toLowerCase();
  if (f === "general" || f.includes("%")) return false;
  return /[ymd]/.test(f) || /年|月|日/.test(format);
}

/** Decimals the format shows (`0.00%` → 2, `#,##0.0000` → 4), or null for General. */
export function formatDecimals(format: string | null | undefined): number | null {
  if (!format || format.toLowerCase() === "general" || format === "@") return null;
  const section = bare(format).split(";")[0];
  const m = /\.([0#?]+)/.exec(section);
  return m ? m[1].length : 0;
}

/** A serial day number (1900 date system, as Office.js `values` gives it) → calendar date. */
export function serialToDate(serial: number): { year: number; month: number; day: number } {
  const ms = Math.round((serial - 25569) * 86400000);
  const d = new Date(ms);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}
