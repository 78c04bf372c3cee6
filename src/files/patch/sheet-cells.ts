// Text surgery on a worksheet part: replace or insert the <c> elements of the edited cells, nothing else.
import {
  attribute,
  attributes,
  elementEnd,
  escapeText,
  findElement,
  nextTag,
  prefixOf,
  setAttribute,
  type Tag,
} from "./xml";

/** One cell to change: a new value (or none: style only) and how its style index changes. */
export interface CellEdit {
  /** 0-based. */
  row: number;
  col: number;
  value?: number | string;
  /** The new style index from the cell's current (or, for a new cell, inherited) one; null keeps it. */
  restyle: ((current: number) => number) | null;
}

export type EditOutcome = "applied" | "formula" | "merged-child";

export interface SheetPatch {
  xml: string;
  outcomes: EditOutcome[];
  /** True when a formula cell exists anywhere on the sheet. */
  hasFormulas: boolean;
}

export function colLetters(col: number): string {
  let s = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function a1(row: number, col: number): string {
  return `${colLetters(col)}${row + 1}`;
}

/** `B7` → {row: 6, col: 1}; null for anything else. */
export function parseRef(ref: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(ref.trim());
  if (!m) return null;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + ch.charCodeAt(0) - 64;
  return { row: Number(m[2]) - 1, col: col - 1 };
}

interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function parseArea(ref: string): Area | null {
  const [a, b = a] = ref.split(":");
  const p = parseRef(a);
  const q = parseRef(b);
  if (!p || !q) return null;
  return {
    top: Math.min(p.row, q.row),
    left: Math.min(p.col, q.col),
    bottom: Math.max(p.row, q.row),
    right: Math.max(p.col, q.col),
  };
}

const FORMULA_TAG = /<(?:[A-Za-z_][\w.-]*:)?f[\s>/]/;

interface Span {
  start: number;
  end: number;
  text: string;
}

/**
 * Applies `edits` to the worksheet XML `xml`. Formula cells and cells inside a merged area other than
 * its top-left are refused; every byte outside the edited <c> elements (and the rows that gain a
 * cell: their `spans`, the `<dimension>` when a new cell lies outside it) is kept.
 */
export function patchSheetCells(xml: string, edits: CellEdit[]): SheetPatch {
  const outcomes: EditOutcome[] = edits.map(() => "applied");
  const sheetData = findElement(xml, "sheetData");
  if (!sheetData) throw new Error("no <sheetData> in a worksheet");
  const p = prefixOf(sheetData);
  const dataEnd = elementEnd(xml, sheetData);
  const merges = mergeAreas(xml, dataEnd);
  const colStyles = columnStyles(xml, sheetData.start);
  const hasFormulas = FORMULA_TAG.test(xml.slice(sheetData.end, dataEnd));

  // Merged children are refused before anything is looked up.
  const mergeAt = mergeIndex(merges, edits);
  // The cells of an array formula's range hold its results without a <f> of their own.
  const arrayAt = mergeIndex(arrayAreas(xml.slice(sheetData.end, dataEnd)), edits);
  const live: number[] = [];
  edits.forEach((e, i) => {
    const area = mergeAt(e.row, e.col);
    if (area && (area.top !== e.row || area.left !== e.col)) outcomes[i] = "merged-child";
    else if (e.value !== undefined && arrayAt(e.row, e.col)) outcomes[i] = "formula";
    else live.push(i);
  });
  const byRow = new Map<number, number[]>();
  for (const i of live) {
    const list = byRow.get(edits[i].row) ?? [];
    list.push(i);
    byRow.set(edits[i].row, list);
  }
  const targetRows = [...byRow.keys()].sort((a, b) => a - b);
  const spans: Span[] = [];
  let k = 0;
  let prevRow = -1;
  let written: Area | null = null;
  const grow = (row: number, col: number) => {
    written = written
      ? {
          top: Math.min(written.top, row),
          left: Math.min(written.left, col),
          bottom: Math.max(written.bottom, row),
          right: Math.max(written.right, col),
        }
      : { top: row, left: col, bottom: row, right: col };
  };
  const newRow = (row: number): string => {
    const cells = rowEditsSorted(row).map((i) => {
      const e = edits[i];
      grow(e.row, e.col);
      return newCell(p, null, e, colStyles(e.col));
    });
    return `<${p}row r="${row + 1}">${cells.join("")}</${p}row>`;
  };
  const rowEditsSorted = (row: number) =>
    [...(byRow.get(row) ?? [])].sort((a, b) => edits[a].col - edits[b].col);

  if (sheetData.kind === "empty") {
    const rows = targetRows.map(newRow).join("");
    const open = xml.slice(sheetData.start, sheetData.end - 2) + ">";
    spans.push({
      start: sheetData.start,
      end: sheetData.end,
      text: `${open}${rows}</${sheetData.qname}>`,
    });
  } else {
    let t = nextTag(xml, sheetData.end);
    while (t && !(t.kind === "close" && t.local === "sheetData")) {
      if (t.local !== "row" || t.kind === "close") {
        t = nextTag(xml, t.kind === "close" ? t.end : elementEnd(xml, t));
        continue;
      }
      const rAttr = attribute(xml, t, "r");
      const row = rAttr !== undefined ? Number(rAttr) - 1 : prevRow + 1;
      if (!(row > prevRow)) throw new Error(`rows out of order at row ${row + 1}`);
      prevRow = row;
      const end = rowEnd(xml, t);
      while (k < targetRows.length && targetRows[k] < row) {
        spans.push({ start: t.start, end: t.start, text: newRow(targetRows[k]) });
        k++;
      }
      if (k < targetRows.length && targetRows[k] === row) {
        spans.push({ start: t.start, end, text: patchRow(xml, t, end, row) });
        k++;
      }
      t = nextTag(xml, end);
    }
    if (!t) throw new Error("unclosed <sheetData>");
    const close = t.start;
    for (; k < targetRows.length; k++)
      spans.push({ start: close, end: close, text: newRow(targetRows[k]) });
  }

  function patchRow(text: string, rowTag: Tag, end: number, row: number): string {
    const list = rowEditsSorted(row);
    const rowStyle =
      attribute(text, rowTag, "customFormat") === "1"
        ? Number(attribute(text, rowTag, "s") ?? 0)
        : null;
    let out = "";
    let pos = rowTag.end;
    let prevCol = -1;
    let j = 0;
    let startTag = text.slice(rowTag.start, rowTag.end);
    if (rowTag.kind === "empty") {
      startTag = startTag.slice(0, -2) + ">";
    } else {
      for (let c = nextTag(text, rowTag.end); c && c.start < end && c.kind !== "close";) {
        const cEnd = elementEnd(text, c);
        if (c.local === "c") {
          const ref = attribute(text, c, "r");
          const col = ref !== undefined ? (parseRef(ref)?.col ?? prevCol + 1) : prevCol + 1;
          prevCol = col;
          while (j < list.length && edits[list[j]].col < col) {
            out += text.slice(pos, c.start) + inserted(list[j], rowStyle);
            pos = c.start;
            j++;
          }
          if (j < list.length && edits[list[j]].col === col) {
            const i = list[j];
            out += text.slice(pos, c.start);
            const cellText = text.slice(c.start, cEnd);
            if (edits[i].value !== undefined && FORMULA_TAG.test(cellText.slice(c.end - c.start))) {
              outcomes[i] = "formula";
              out += cellText;
            } else out += replaced(text, c, cEnd, i);
            pos = cEnd;
            j++;
          }
        }
        c = nextTag(text, cEnd);
      }
    }
    const closeAt = rowTag.kind === "empty" ? rowTag.end : text.lastIndexOf("</", end - 1);
    out += text.slice(pos, rowTag.kind === "empty" ? pos : closeAt);
    for (; j < list.length; j++) out += inserted(list[j], rowStyle);
    const closeTag = rowTag.kind === "empty" ? `</${rowTag.qname}>` : text.slice(closeAt, end);
    return (
      widenSpans(
        startTag,
        list.map((i) => edits[i].col)
      ) +
      out +
      closeTag
    );
  }

  function inserted(i: number, rowStyle: number | null): string {
    const e = edits[i];
    grow(e.row, e.col);
    return newCell(p, null, e, rowStyle ?? colStyles(e.col));
  }

  function replaced(text: string, c: Tag, cEnd: number, i: number): string {
    const e = edits[i];
    const startTag = text.slice(c.start, c.end);
    const current = Number(attribute(text, c, "s") ?? 0);
    if (e.value === undefined) {
      // Style only: the content stays as it is.
      const s = e.restyle ? e.restyle(current) : current;
      return setAttribute(startTag, "s", String(s)) + text.slice(c.end, cEnd);
    }
    return newCell(prefixOf(c), startTag, e, current);
  }

  // One pass over the text: splicing span by span would copy a large sheet once per edited row.
  spans.sort((a, b) => a.start - b.start || a.end - b.end);
  const pieces: string[] = [];
  let at = 0;
  for (const sp of spans) {
    pieces.push(xml.slice(at, sp.start), sp.text);
    at = sp.end;
  }
  pieces.push(xml.slice(at));
  let out = pieces.join("");
  if (written) out = widenDimension(out, written);
  return { xml: out, outcomes, hasFormulas };
}

/** The end of a row element; a fast search for its end tag unless comments or CDATA could hide one. */
function rowEnd(xml: string, row: Tag): number {
  if (row.kind === "empty") return row.end;
  const close = `</${row.qname}>`;
  const at = xml.indexOf(close, row.end);
  if (at >= 0) {
    const inner = xml.slice(row.end, at);
    if (!inner.includes("<!") && !inner.includes("<?")) return at + close.length;
  }
  return elementEnd(xml, row);
}

/** The new text of a cell: its old start tag's other attributes kept, the value and style replaced. */
function newCell(p: string, startTag: string | null, e: CellEdit, style: number): string {
  let tag = startTag ?? `<${p}c r="${a1(e.row, e.col)}">`;
  if (tag.endsWith("/>")) tag = tag.slice(0, -2) + ">";
  const s = e.restyle ? e.restyle(style) : style;
  tag = setAttribute(tag, "s", s === 0 && !/\ss\s*=/.test(tag) ? null : String(s));
  // Cell and value metadata (dynamic arrays, rich values) describe the old value.
  tag = setAttribute(setAttribute(tag, "cm", null), "vm", null);
  if (e.value === undefined) return tag.slice(0, -1) + "/>";
  if (typeof e.value === "number") {
    return `${setAttribute(tag, "t", null)}<${p}v>${numberText(e.value)}</${p}v></${p}c>`;
  }
  const space = /^\s|\s$|\n/.test(e.value) ? ' xml:space="preserve"' : "";
  return (
    `${setAttribute(tag, "t", "inlineStr")}<${p}is><${p}t${space}>${escapeText(e.value)}` +
    `</${p}t></${p}is></${p}c>`
  );
}

/** A double as the shortest text that reads back to it (xsd:double). */
function numberText(n: number): string {
  if (!Number.isFinite(n)) throw new Error(`not a finite number: ${n}`);
  return String(n).toUpperCase();
}

function widenSpans(startTag: string, cols: number[]): string {
  const spans = attributes(startTag).get("spans");
  const m = spans ? /^(\d+):(\d+)$/.exec(spans) : null;
  if (!m) return startTag;
  const lo = Math.min(Number(m[1]), ...cols.map((c) => c + 1));
  const hi = Math.max(Number(m[2]), ...cols.map((c) => c + 1));
  return lo === Number(m[1]) && hi === Number(m[2])
    ? startTag
    : setAttribute(startTag, "spans", `${lo}:${hi}`);
}

function widenDimension(xml: string, area: Area): string {
  const dim = findElement(xml, "dimension");
  if (!dim) return xml;
  const ref = attribute(xml, dim, "ref");
  const now = ref ? parseArea(ref) : null;
  if (!now) return xml;
  const next = {
    top: Math.min(now.top, area.top),
    left: Math.min(now.left, area.left),
    bottom: Math.max(now.bottom, area.bottom),
    right: Math.max(now.right, area.right),
  };
  if (
    next.top === now.top &&
    next.left === now.left &&
    next.bottom === now.bottom &&
    next.right === now.right
  )
    return xml;
  const text = `${a1(next.top, next.left)}:${a1(next.bottom, next.right)}`;
  return (
    xml.slice(0, dim.start) +
    setAttribute(xml.slice(dim.start, dim.end), "ref", text) +
    xml.slice(dim.end)
  );
}

/** The merged areas listed after the sheet data (indexed by the caller per edit, never pairwise). */
function mergeAreas(xml: string, from: number): Area[] {
  const out: Area[] = [];
  const mc = findElement(xml, "mergeCells", from);
  if (!mc || mc.kind === "empty") return out;
  const end = elementEnd(xml, mc);
  for (let t = nextTag(xml, mc.end); t && t.start < end; t = nextTag(xml, t.end)) {
    if (t.local !== "mergeCell" || t.kind === "close") continue;
    const area = parseArea(attribute(xml, t, "ref") ?? "");
    if (area) out.push(area);
  }
  return out;
}

/** The ranges of the sheet's array formulas (`<f t="array" ref="A1:A3">`). */
function arrayAreas(cells: string): Area[] {
  const out: Area[] = [];
  for (const m of cells.matchAll(/<(?:[\w.-]+:)?f\b[^>]*>/g)) {
    const a = attributes(m[0]);
    const area = a.get("t") === "array" ? parseArea(a.get("ref") ?? "") : null;
    if (area) out.push(area);
  }
  return out;
}

/**
 * The merged area holding a cell, for the edited rows only: each area is filed under the edited
 * rows it spans (found by binary search), so the cost follows the areas, never areas × edits.
 */
function mergeIndex(
  merges: Area[],
  edits: CellEdit[]
): (row: number, col: number) => Area | undefined {
  const rows = [...new Set(edits.map((e) => e.row))].sort((a, b) => a - b);
  const byRow = new Map<number, Area[]>();
  for (const m of merges) {
    let lo = 0;
    let hi = rows.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (rows[mid] < m.top) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < rows.length && rows[k] <= m.bottom; k++) {
      const list = byRow.get(rows[k]) ?? [];
      list.push(m);
      byRow.set(rows[k], list);
    }
  }
  return (row, col) => byRow.get(row)?.find((m) => col >= m.left && col <= m.right);
}

/** The style a new cell inherits from its column (`<col style>`), 0 when none. */
function columnStyles(xml: string, before: number): (col: number) => number {
  const cols = findElement(xml.slice(0, before), "cols");
  const ranges: { min: number; max: number; style: number }[] = [];
  if (cols && cols.kind !== "empty") {
    const end = elementEnd(xml, cols);
    for (let t = nextTag(xml, cols.end); t && t.start < end; t = nextTag(xml, t.end)) {
      if (t.local !== "col" || t.kind === "close") continue;
      const a = attributes(xml.slice(t.start, t.end));
      ranges.push({
        min: Number(a.get("min")),
        max: Number(a.get("max")),
        style: Number(a.get("style") ?? 0),
      });
    }
  }
  return (col) => ranges.find((r) => col + 1 >= r.min && col + 1 <= r.max)?.style ?? 0;
}
