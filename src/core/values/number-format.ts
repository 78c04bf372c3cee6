// What an invariant number-format code says about how a number is shown: percent, date, decimals.

/** The format with quoted literals and [colour]/[locale] brackets removed. */
function bare(format: string): string {
  return format
    .replace(/"[^"]*"/g, "")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/\\./g, "");
}

/** Format codes repeat across a sheet: each is read once. */
function memo<T>(fn: (format: string) => T): (format: string) => T {
  const cache = new Map<string, T>();
  return (format) => {
    let v = cache.get(format);
    if (v === undefined && !cache.has(format)) {
      v = fn(format);
      if (cache.size < 10000) cache.set(format, v);
    }
    return v as T;
  };
}

const percentOf = memo((format) => bare(format).includes("%"));

/** A real percent format (`0.00%`): the cell holds a fraction that shows ×100 (0.9684 shows 96.84%). */
export function isPercentFormat(format: string | null | undefined): boolean {
  return !!format && percentOf(format);
}

/** The first section of a format code (positive numbers), split at the first `;` outside quotes. */
function firstSection(format: string): string {
  let quoted = false;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch === "\\") i++;
    else if (ch === '"') quoted = !quoted;
    else if (ch === ";" && !quoted) return format.slice(0, i);
  }
  return format;
}

const percentLiteralOf = memo((format) => {
  const section = firstSection(format).replace(/\[[^\]]*\]/g, "");
  if (bare(section).includes("%")) return false;
  return /\\%/.test(section) || /"[^"]*%[^"]*"/.test(section);
});

/**
 * A format that prints a literal percent sign (`0.00\%`, `0.00"%"`): the number is already in percent
 * (96.84 shows 96.84%), nothing is multiplied. Read it so, and write it back in the same units.
 */
export function isPercentLiteralFormat(format: string | null | undefined): boolean {
  return !!format && percentLiteralOf(format);
}

const dateOf = memo((format) => {
  const f = bare(format).toLowerCase();
  if (f === "general" || f.includes("%")) return false;
  return /[ymd]/.test(f) || /年|月|日/.test(format);
});

export function isDateFormat(format: string | null | undefined): boolean {
  return !!format && dateOf(format);
}

/** Decimals the format shows (`0.00%` → 2, `#,##0.0000` → 4), or null for General. */
const decimalsOf = memo((format): number | null => {
  if (format.toLowerCase() === "general" || format === "@") return null;
  const section = bare(format).split(";")[0];
  const m = /\.([0#?]+)/.exec(section);
  return m ? m[1].length : 0;
});

export function formatDecimals(format: string | null | undefined): number | null {
  return format ? decimalsOf(format) : null;
}

/** A serial day number (1900 date system, as Office.js `values` gives it) → calendar date. */
export function serialToDate(serial: number): { year: number; month: number; day: number } {
  const ms = Math.round((serial - 25569) * 86400000);
  const d = new Date(ms);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}
