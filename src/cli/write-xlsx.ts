// The CLI's writer: patches the input package with the core's writes, or with highlight fills and notes.
import type { CellWrite, Finding, Highlight, Lang } from "../core";
import { patchXlsx, type PatchHighlight, type PatchResult } from "../files/xlsx-patch";

export { HIGHLIGHT_ARGB, NOTE_MARKER, PackageError } from "../files/xlsx-patch";
export type { PatchResult } from "../files/xlsx-patch";

/** Writes the computed cells: only their XML changes; every other part stays byte-identical. */
export function writeCells(input: Uint8Array, writes: CellWrite[]): PatchResult {
  return patchXlsx(input, writes);
}

/**
 * Fills each highlighted cell (error FFC7CE, warning FFEB9C) and notes the messages of the findings
 * on it in `lang`, after any note text the user wrote.
 */
export function writeHighlights(
  input: Uint8Array,
  highlights: Highlight[],
  findings: Finding[],
  lang: Lang
): PatchResult {
  const marks: PatchHighlight[] = highlights.map((h) => {
    const lines = findings
      .filter((f) => f.sheet === h.sheet && f.cell === h.cell)
      .map((f) => `${f.code}: ${f.message[lang]}`);
    return { ...h, note: lines.length ? lines.join("\n") : null };
  });
  return patchXlsx(input, [], marks);
}
