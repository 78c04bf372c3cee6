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

// Closing punctuation never starts a line: it stays with the character before it.
const NO_LINE_START = /^[，。；：、！？）》」』”’,.;:!?)\]%]/;
// …and opening punctuation never ends one: it goes with the character after it.
const NO_LINE_END = /[（《「『“‘([]$/;
// A CJK or full-width character is a break opportunity of its own; other text breaks at spaces.
const TOKENS =
  /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]|[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]+|\s+/g;

/**
 * `text` wrapped to `width` columns: the first line starts at column `first` (text already printed
 * before it), continuation lines are indented by `indent` spaces (a hanging indent). Words are never
 * split unless one alone is wider than a line.
 */
export function wrap(text: string, width: number, indent: number, first = indent): string[] {
  const tokens: string[] = [];
  for (const tok of text.match(TOKENS) ?? []) {
    const prev = tokens[tokens.length - 1];
    const glue =
      prev !== undefined &&
      !/^\s/.test(tok) &&
      !/^\s/.test(prev) &&
      (NO_LINE_START.test(tok) || NO_LINE_END.test(prev));
    if (glue) tokens[tokens.length - 1] += tok;
    else tokens.push(tok);
  }
  const room = Math.max(10, width - indent);
  const lines: string[] = [];
  let line = "";
  let used = first;
  for (const tok of tokens) {
    const w = displayWidth(tok);
    if (/^\s+$/.test(tok)) {
      if (line !== "") {
        line += " ";
        used += 1;
      }
      continue;
    }
    if (used + w > width && line.trim() !== "") {
      lines.push(line.trimEnd());
      line = "";
      used = indent;
    }
    if (w > room) {
      // One token wider than a whole line (a long URL or path): cut it, it cannot be helped.
      if (line.trim() !== "") {
        lines.push(line.trimEnd());
        line = "";
        used = indent;
      }
      let rest = tok;
      const piece = Math.max(2, width - indent);
      while (displayWidth(rest) > piece) {
        const head = truncate(rest, piece + 2).slice(0, -2);
        lines.push(head);
        rest = rest.slice(head.length);
      }
      line += rest;
      used += displayWidth(rest);
      continue;
    }
    line += tok;
    used += w;
  }
  if (line.trim() !== "" || lines.length === 0) lines.push(line.trimEnd());
  return lines.map((l, i) => (i === 0 ? l : " ".repeat(indent) + l));
}
