// Test helper: what differs between two .xlsx packages, part by part and, in a worksheet, cell by cell.
import { strFromU8, unzipSync } from "fflate";

export function partsOf(bytes: Uint8Array): Map<string, Uint8Array> {
  return new Map(Object.entries(unzipSync(bytes)));
}

export function textOf(parts: Map<string, Uint8Array>, name: string): string {
  const p = parts.get(name);
  if (!p) throw new Error(`no part ${name}`);
  return strFromU8(p);
}

/** Names of the parts whose bytes differ, or that exist in only one package. */
export function changedParts(a: Map<string, Uint8Array>, b: Map<string, Uint8Array>): string[] {
  const names = new Set([...a.keys(), ...b.keys()]);
  return [...names]
    .filter((n) => {
      const x = a.get(n);
      const y = b.get(n);
      return !x || !y || Buffer.compare(Buffer.from(x), Buffer.from(y)) !== 0;
    })
    .sort();
}

const CELL = /<(?:\w+:)?c\b(?:[^>"']|"[^"]*"|'[^']*')*?(?:\/>|>[\s\S]*?<\/(?:\w+:)?c>)/g;
const ROW_START = /<(?:\w+:)?row\b(?:[^>"']|"[^"]*"|'[^']*')*>/g;

/** Every <c> element of a worksheet by its address, exactly as written. */
export function cellsOf(sheetXml: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of sheetXml.matchAll(CELL)) {
    const ref = /\sr="([A-Z]+\d+)"/.exec(m[0].slice(0, m[0].indexOf(">")))?.[1];
    if (!ref) throw new Error(`a cell without r: ${m[0].slice(0, 80)}`);
    out.set(ref, m[0]);
  }
  return out;
}

/**
 * The worksheet with its cells taken out and, on rows that gained a cell, the `spans` hint and the
 * `<dimension>` blanked: what must be identical around the written cells.
 */
export function skeletonOf(sheetXml: string): string {
  return sheetXml
    .replace(CELL, "")
    .replace(ROW_START, (tag) => tag.replace(/\sspans="[^"]*"/, ""))
    .replace(/(<(?:\w+:)?dimension\s+ref=")[^"]*"/, '$1"');
}

export interface CellDiff {
  changed: string[];
  added: string[];
  removed: string[];
}

export function cellDiff(before: string, after: string): CellDiff {
  const a = cellsOf(before);
  const b = cellsOf(after);
  return {
    changed: [...a.keys()].filter((k) => b.has(k) && b.get(k) !== a.get(k)).sort(),
    added: [...b.keys()].filter((k) => !a.has(k)).sort(),
    removed: [...a.keys()].filter((k) => !b.has(k)).sort(),
  };
}

/** The worksheet part of each sheet name, read from the workbook and its relationships. */
export function sheetParts(parts: Map<string, Uint8Array>): Map<string, string> {
  const wb = textOf(parts, "xl/workbook.xml");
  const rels = textOf(parts, "xl/_rels/workbook.xml.rels");
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\sId="([^"]+)"/.exec(m[0])?.[1];
    const target = /\sTarget="([^"]+)"/.exec(m[0])?.[1];
    if (id && target) targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  const out = new Map<string, string>();
  for (const m of wb.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const name = /\sname="([^"]*)"/.exec(m[0])?.[1];
    const id = /\s[\w]+:id="([^"]+)"/.exec(m[0])?.[1];
    const part = id ? targets.get(id) : undefined;
    if (name !== undefined && part) out.set(unescape(name), part);
  }
  return out;
}

function unescape(s: string): string {
  return s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}
