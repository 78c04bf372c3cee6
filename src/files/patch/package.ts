// An OPC package (.xlsx) opened for patching: parts as text, relationships, content types; edits kept apart.
import { attributes, findElement, nextTag } from "./xml";
import { openZip, PackageError, readEntry, writeZip, type ZipArchive } from "./zip";

// ignoreBOM keeps a byte-order mark in the text, so an edited part is written back with it.
const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
const encoder = new TextEncoder();

export const REL = {
  officeDocument:
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
  comments: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments",
  vmlDrawing: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing",
  styles: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles",
  worksheet: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet",
};

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

export interface SheetPart {
  name: string;
  part: string;
}

export class OpcPackage {
  private readonly zip: ZipArchive;
  private readonly texts = new Map<string, string>();
  private readonly changed = new Set<string>();

  constructor(bytes: Uint8Array) {
    this.zip = openZip(bytes);
  }

  has(part: string): boolean {
    return this.changed.has(part) || this.zip.byName.has(part);
  }

  /** The part's text (UTF-8; a byte-order mark stays in the text). */
  text(part: string): string {
    let t = this.texts.get(part);
    if (t === undefined) {
      try {
        t = decoder.decode(readEntry(this.zip, part));
      } catch (err) {
        if (err instanceof PackageError) throw err;
        throw new PackageError("bad-entry", `${part} is not UTF-8 text`);
      }
      this.texts.set(part, t);
    }
    return t;
  }

  setText(part: string, text: string): void {
    this.texts.set(part, text);
    this.changed.add(part);
  }

  changedParts(): string[] {
    return [...this.changed];
  }

  /** The package with its changed and new parts; every other entry is copied byte for byte. */
  bytes(): Uint8Array {
    const changes = new Map<string, Uint8Array>();
    for (const part of this.changed) changes.set(part, encoder.encode(this.texts.get(part)!));
    return writeZip(this.zip, changes);
  }

  relationships(part: string): Relationship[] {
    const rels = relsPath(part);
    if (!this.has(rels)) return [];
    const xml = this.text(rels);
    const out: Relationship[] = [];
    for (let t = nextTag(xml, 0); t; t = nextTag(xml, t.end)) {
      if (t.kind === "close" || t.local !== "Relationship") continue;
      const a = attributes(xml.slice(t.start, t.end));
      out.push({
        id: a.get("Id") ?? "",
        type: a.get("Type") ?? "",
        target: a.get("Target") ?? "",
        external: a.get("TargetMode") === "External",
      });
    }
    return out;
  }

  /** The part a relationship of `part` points at, as a package path without the leading `/`. */
  resolve(part: string, target: string): string {
    if (target.startsWith("/")) return target.slice(1);
    const parts = part.split("/").slice(0, -1);
    for (const seg of target.split("/")) {
      if (seg === "..") parts.pop();
      else if (seg !== "." && seg !== "") parts.push(seg);
    }
    return parts.join("/");
  }

  /** The relationship target from `part` to `to`, relative (some readers only follow relative ones). */
  relativeTarget(part: string, to: string): string {
    const from = part.split("/").slice(0, -1);
    const dest = to.split("/");
    let i = 0;
    while (i < from.length && i < dest.length - 1 && from[i] === dest[i]) i++;
    return [...from.slice(i).map(() => ".."), ...dest.slice(i)].join("/");
  }

  workbookPart(): string {
    const rel = this.relationships("").find((r) => r.type === REL.officeDocument);
    const part = rel ? this.resolve("", rel.target) : "xl/workbook.xml";
    if (!this.has(part)) throw new PackageError("missing-part", `no workbook part ${part}`);
    return part;
  }

  /** The worksheets in tab order with their part paths (chart sheets and missing parts left out). */
  sheets(): SheetPart[] {
    const wb = this.workbookPart();
    const rels = new Map(this.relationships(wb).map((r) => [r.id, r]));
    const xml = this.text(wb);
    const sheets = findElement(xml, "sheets");
    const out: SheetPart[] = [];
    if (!sheets) return out;
    for (let t = nextTag(xml, sheets.end); t && t.local !== "sheets"; t = nextTag(xml, t.end)) {
      if (t.local !== "sheet" || t.kind === "close") continue;
      const a = attributes(xml.slice(t.start, t.end));
      const id = [...a.entries()].find(([k]) => k.endsWith(":id"))?.[1];
      const rel = id ? rels.get(id) : undefined;
      if (!rel || rel.type !== REL.worksheet || rel.external) continue;
      const part = this.resolve(wb, rel.target);
      if (this.has(part)) out.push({ name: a.get("name") ?? "", part });
    }
    return out;
  }
}

/** `xl/worksheets/sheet1.xml` → `xl/worksheets/_rels/sheet1.xml.rels`; the package's own: `_rels/.rels`. */
export function relsPath(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}
