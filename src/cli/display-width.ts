// Terminal column width of text: CJK and full-width characters take two columns, so tables line up.

// East Asian Wide (W) and Fullwidth (F) blocks; ambiguous characters (≥ ★ …) count 1, as most
// terminals render them outside CJK locales.
const WIDE_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x1100, 0x115f],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe30, 0xfe4f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x1f300, 0x1f64f],
  [0x1f900, 0x1f9ff],
  [0x20000, 0x3fffd],
];

// Built from a string so the ESC character need not sit in a regex literal.
const ANSI = new RegExp(String.fromCharCode(27) + "\\[[0-9;]*m", "g");

function charWidth(code: number): number {
  if (code < 0x20 || (code >= 0x7f && code < 0xa0)) return 0;
  // Combining marks and zero-width characters take no column.
  if ((code >= 0x300 && code <= 0x36f) || (code >= 0x200b && code <= 0x200f) || code === 0xfeff) {
    return 0;
  }
  for (const [lo, hi] of WIDE_RANGES) {
    if (code >= lo && code <= hi) return 2;
  }
  return 1;
}

/** Columns `text` takes in a terminal (colour codes take none). */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text.replace(ANSI, "")) width += charWidth(ch.codePointAt(0) ?? 0);
  return width;
}

/** `text` cut to at most `max` columns, ending in `..` when cut. */
export function truncate(text: string, max: number): string {
  if (displayWidth(text) <= max) return text;
  let out = "";
  let width = 0;
  for (const ch of text) {
    const w = charWidth(ch.codePointAt(0) ?? 0);
    if (width + w > max - 2) break;
    out += ch;
    width += w;
  }
  return out + "..";
}

/** `text` padded with spaces to `width` columns (left-aligned, or right-aligned for numbers). */
export function pad(text: string, width: number, align: "left" | "right" = "left"): string {
  const gap = Math.max(0, width - displayWidth(text));
  return align === "left" ? text + " ".repeat(gap) : " ".repeat(gap) + text;
}
