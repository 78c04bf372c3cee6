// How texts compare across forms: the same words with other spacing or punctuation are the same text.
import { isEmptyText, squash } from "../text/normalize";

/**
 * Punctuation and symbols of both widths (、，。；：“”‘’（）《》… and ASCII) and whitespace, which a
 * clerk's copy may change without changing the text.
 */
const PUNCTUATION = /[\p{P}\p{S}\s]/gu;

/** The text as compared: whitespace, punctuation and letter case gone, full-width folded. */
export function textKey(text: string): string {
  return squash(text).replace(PUNCTUATION, "").toLowerCase();
}

/**
 * Shorter texts are stock phrases that many projects write independently (按计划完成, 达到预期目标,
 * 受疫情影响项目延期 are 5–10 characters): only a text of at least this many characters, once
 * whitespace and punctuation are gone, is taken for a copy. 15 is about one full clause with a
 * specific cause or result in Chinese.
 */
export const MIN_COPIED_CHARS = 15;

/** A text worth comparing: not a placeholder (无, —, 暂无, 同上 …) and long enough to be a copy. */
export function comparableText(text: string): string | null {
  if (isEmptyText(text)) return null;
  const key = textKey(text);
  return [...key].length >= MIN_COPIED_CHARS ? key : null;
}

/**
 * A unit's name as compared: a code before or after it (`101-组织股`, `[105]教育部`, `某局[123001]`) dropped,
 * so the same unit written two ways groups together.
 */
export function unitKey(text: string): string {
  const t = squash(text)
    .replace(/^[([【][\d\s]*[)\]】]/, "")
    .replace(/^[\d\s\-—_.]+/, "")
    .replace(/[([【][\d\s]*[)\]】]$/, "")
    .replace(/[\d\s\-—_.]+$/, "");
  return textKey(t);
}
