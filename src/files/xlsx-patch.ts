// `fix`'s writer: .xlsx bytes + the core's CellWrite[] (+ highlights with notes) in, .xlsx bytes out.
// Only the XML of the cells written changes (plus styles, notes and calcPr where needed); every other
// part of the package is copied byte for byte. Host-neutral: no file system, usable in a browser.
import type { CellWrite } from "../core";
import { applyNotes, type NoteEdit } from "./patch/notes";
import { OpcPackage, REL } from "./patch/package";
import { parseRef, patchSheetCells, type CellEdit } from "./patch/sheet-cells";
import { StyleSheet, type StyleChange } from "./patch/styles";
import { findElement, nextTag, prefixOf, setAttribute, elementEnd } from "./patch/xml";
import { PackageError } from "./patch/zip";

export { PackageError } from "./patch/zip";

export const HIGHLIGHT_ARGB = { error: "FFFFC7CE", warning: "FFFFEB9C" } as const;
/** Starts our part of a note, so a second `fix --highlight` replaces it instead of appending. */
export const NOTE_MARKER = "【绩效自评助手 jxzp】";

export interface PatchHighlight {
  sheet: string;
  cell: string;
  severity: "error" | "warning";
  /** Our note text (after the marker line); null = fill only. */
  note: string | null;
}

export type SkipReason = "no-sheet" | "formula" | "merged-child";

export interface PatchResult {
  bytes: Uint8Array;
  applied: CellWrite[];
  skipped: { write: CellWrite; reason: SkipReason }[];
  highlighted: number;
  /** The workbook is marked to recalculate on open: a written cell may feed a formula. */
  recalcOnOpen: boolean;
  /** Package parts that differ from the input (every other part is byte-identical). */
  changedParts: string[];
}

const FORMULA_TAG = /<(?:[A-Za-z_][\w.-]*:)?f[\s>/]/;

interface Pending {
  row: number;
  col: number;
  write?: CellWrite;
  highlight?: PatchHighlight;
}

/** Applies `writes` and `highlights` to the package `input`. Throws PackageError when it cannot. */
export function patchXlsx(
  input: Uint8Array,
  writes: CellWrite[],
  highlights: PatchHighlight[] = []
): PatchResult {
  try {
    return patch(input, writes, highlights);
  } catch (err) {
    if (err instanceof PackageError) throw err;
    throw new PackageError("bad-entry", err instanceof Error ? err.message : String(err));
  }
}

function patch(input: Uint8Array, writes: CellWrite[], highlights: PatchHighlight[]): PatchResult {
  const pkg = new OpcPackage(input);
  const sheets = pkg.sheets();
  const wb = pkg.workbookPart();
  const stylesRel = pkg.relationships(wb).find((r) => r.type === REL.styles);
  const stylesPart = stylesRel ? pkg.resolve(wb, stylesRel.target) : null;
  const styles = stylesPart ? new StyleSheet(pkg.text(stylesPart)) : null;

  const applied: CellWrite[] = [];
  const skipped: PatchResult["skipped"] = [];
  let highlighted = 0;
  let formulas = false;

  const bySheet = new Map<string, Map<string, Pending>>();
  const pendingAt = (sheet: string, cell: string): Pending | null => {
    const at = parseRef(cell);
    if (!at) return null;
    let cells = bySheet.get(sheet);
    if (!cells) bySheet.set(sheet, (cells = new Map()));
    const key = `${at.row},${at.col}`;
    let p = cells.get(key);
    if (!p) cells.set(key, (p = { row: at.row, col: at.col }));
    return p;
  };
  const names = new Set(sheets.map((s) => s.name));
  for (const w of writes) {
    if (!names.has(w.sheet)) skipped.push({ write: w, reason: "no-sheet" });
    else pendingAt(w.sheet, w.cell)!.write = w;
  }
  for (const h of highlights) if (names.has(h.sheet)) pendingAt(h.sheet, h.cell)!.highlight = h;

  sheets.forEach((sheet, index) => {
    const cells = bySheet.get(sheet.name);
    if (!cells) {
      if (!formulas && writes.length) formulas = mayHaveFormulas(pkg, sheet.part);
      return;
    }
    const list = [...cells.values()];
    const edits: CellEdit[] = list.map((p) => {
      const change: StyleChange = {};
      if (p.write && p.write.numberFormat !== null) change.numberFormat = p.write.numberFormat;
      if (p.highlight) change.fillArgb = HIGHLIGHT_ARGB[p.highlight.severity];
      const restyle =
        styles && (change.numberFormat !== undefined || change.fillArgb !== undefined)
          ? (current: number) => styles.derive(current, change)
          : null;
      return { row: p.row, col: p.col, value: p.write?.value, restyle };
    });
    const result = patchSheetCells(pkg.text(sheet.part), edits);
    formulas ||= result.hasFormulas;
    const notes: NoteEdit[] = [];
    list.forEach((p, i) => {
      const outcome = result.outcomes[i];
      if (p.write) {
        if (outcome === "applied") applied.push(p.write);
        else skipped.push({ write: p.write, reason: outcome });
      }
      if (p.highlight && outcome !== "merged-child" && !(p.write && outcome === "formula")) {
        highlighted++;
        if (p.highlight.note !== null)
          notes.push({ row: p.row, col: p.col, text: `${NOTE_MARKER}\n${p.highlight.note}` });
      }
    });
    const xml = applyNotes(pkg, sheet.part, index, result.xml, notes, NOTE_MARKER);
    if (xml !== pkg.text(sheet.part)) pkg.setText(sheet.part, xml);
  });

  const stylesXml = styles?.toXml();
  if (stylesPart && stylesXml) pkg.setText(stylesPart, stylesXml);
  const recalcOnOpen = applied.length > 0 && formulas;
  if (recalcOnOpen) {
    const xml = pkg.text(wb);
    const marked = markFullCalcOnLoad(xml);
    if (marked !== xml) pkg.setText(wb, marked);
  }
  // Report in the order the core listed the writes.
  const order = new Map(writes.map((w, i) => [w, i]));
  applied.sort((a, b) => order.get(a)! - order.get(b)!);
  skipped.sort((a, b) => order.get(a.write)! - order.get(b.write)!);
  return {
    bytes: pkg.bytes(),
    applied,
    skipped,
    highlighted,
    recalcOnOpen,
    changedParts: pkg.changedParts(),
  };
}

/** A sheet that is not written is only searched for formulas; one that cannot be read may have some. */
function mayHaveFormulas(pkg: OpcPackage, part: string): boolean {
  try {
    return FORMULA_TAG.test(pkg.text(part));
  } catch {
    return true;
  }
}

// CT_Workbook children that follow <calcPr>.
const AFTER_CALC = new Set([
  "oleSize",
  "customWorkbookViews",
  "pivotCaches",
  "smartTagPr",
  "smartTagTypes",
  "webPublishing",
  "fileRecoveryPr",
  "webPublishObjects",
  "extLst",
]);

/** workbook.xml with `<calcPr fullCalcOnLoad="1">`: Excel, WPS and LibreOffice recalculate on open. */
export function markFullCalcOnLoad(xml: string): string {
  const calc = findElement(xml, "calcPr");
  if (calc) {
    const tag = xml.slice(calc.start, calc.end);
    return (
      xml.slice(0, calc.start) + setAttribute(tag, "fullCalcOnLoad", "1") + xml.slice(calc.end)
    );
  }
  const root = findElement(xml, "workbook");
  if (!root) throw new Error("no <workbook> root");
  const p = prefixOf(root);
  let at = -1;
  for (
    let t = nextTag(xml, root.end);
    t && t.kind !== "close";
    t = nextTag(xml, elementEnd(xml, t))
  ) {
    if (AFTER_CALC.has(t.local)) {
      at = t.start;
      break;
    }
  }
  if (at < 0) at = xml.lastIndexOf("</");
  return xml.slice(0, at) + `<${p}calcPr fullCalcOnLoad="1"/>` + xml.slice(at);
}
