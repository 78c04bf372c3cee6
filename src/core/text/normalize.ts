// Label and text normalisation: whitespace, full-width forms, trailing (…) suffixes, `(N分)` weights.

/** Full-width ASCII (U+FF01–FF5E) → half-width; ideographic space → space. */
export function toHalfWidth(s: string): string {
  let out = "";
  for (const ch of s) {
    const code = ch.codePointAt(0) ?? 0;
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCodePoint(code - 0xfee0);
    else if (code === 0x3000) out += " ";
    else out += ch;
  }
  return out;
}

const WHITESPACE = /[\s\u3000\u00a0\u2000-\u200b\ufeff]+/g;

/** Removes all whitespace and folds full-width forms: `总     分` → `总分`, `（万元）` → `(万元)`. */
export function squash(s: string): string {
  return toHalfWidth(s).replace(WHITESPACE, "");
}

/** A label as compared with the synonym tables: squashed, trailing parenthesised suffixes dropped. */
export function normLabel(s: string): string {
  let t = squash(s)
    .replace(/[【〔]/g, "(")
    .replace(/[】〕]/g, ")");
  for (;;) {
    const m = /^(.+?)\([^()]*\)$/.exec(t);
    if (!m) break;
    t = m[1];
  }
  return t.replace(/[:：]$/, "");
}

/** The `N分` weight written inside a label (`产出指标(50分)`, `得分(20分*执行率)`), if any. */
export function labelWeight(s: string): number | null {
  const m = /(\d+(?:\.\d+)?)\s*分/.exec(squash(s));
  return m ? Number(m[1]) : null;
}

/** Empty values (docs/rules.md, notation): blank and the dash/slash/ellipsis placeholders. */
const EMPTY_MARKS = new Set(["", "-", "—", "–", "——", "/", "／", "…", "……", "--", "──"]);

export function isEmptyValue(s: string): boolean {
  return EMPTY_MARKS.has(squash(s));
}

/**
 * Words that explain nothing in a deviation/reason cell: 无, 无偏差, 0, and (docs/rules.md §4
 * "Indicator quality") 暂无, 同上, 见上 — a reviewer does not accept a pointer or a "not yet".
 */
const EMPTY_TEXTS = new Set(["无", "无偏差", "0", "暂无", "暂无偏差", "同上", "见上", "详见上"]);

/** Empty text of deviation/reason cells: empty, or one of EMPTY_TEXTS (a final `。` allowed). */
export function isEmptyText(s: string): boolean {
  const t = squash(s).replace(/[。.]$/, "");
  return isEmptyValue(t) || EMPTY_TEXTS.has(t);
}
