// Notes (legacy comments) for highlighted cells: the comments part, its VML shapes, relationships, content types.
import { a1 } from "./sheet-cells";
import { REL, relsPath, type OpcPackage } from "./package";
import {
  attribute,
  children,
  elementEnd,
  escapeText,
  findElement,
  nextTag,
  prefixOf,
  unescapeXml,
  type Tag,
} from "./xml";

export interface NoteEdit {
  row: number;
  col: number;
  /** Our text (the marker line and the findings); the user's own note text before it is kept. */
  text: string;
}

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const CT = {
  comments: "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml",
  vml: "application/vnd.openxmlformats-officedocument.vmlDrawing",
};
export const NOTE_AUTHOR = "绩效自评助手";
const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Parts created or edited for the notes of one sheet; the sheet XML is returned with its <legacyDrawing>. */
export function applyNotes(
  pkg: OpcPackage,
  sheetPart: string,
  sheetIndex: number,
  sheetXml: string,
  notes: NoteEdit[],
  marker: string
): string {
  if (!notes.length) return sheetXml;
  const rels = pkg.relationships(sheetPart);
  const commentsRel = rels.find((r) => r.type === REL.comments && !r.external);
  const vmlRel = rels.find((r) => r.type === REL.vmlDrawing && !r.external);
  let xml = sheetXml;
  const relsToAdd: { type: string; target: string }[] = [];

  const commentsPart = commentsRel
    ? pkg.resolve(sheetPart, commentsRel.target)
    : freshName(pkg, "xl/comments", ".xml");
  const before = commentsRel ? pkg.text(commentsPart) : emptyComments();
  const { text: comments, created } = upsertComments(before, notes, marker);
  pkg.setText(commentsPart, comments);
  if (!commentsRel) {
    relsToAdd.push({ type: REL.comments, target: pkg.relativeTarget(sheetPart, commentsPart) });
    addOverride(pkg, "/" + commentsPart, CT.comments);
  }

  const shapes = created.map((n) => ({ row: n.row, col: n.col }));
  if (vmlRel) {
    const vmlPart = pkg.resolve(sheetPart, vmlRel.target);
    if (shapes.length) pkg.setText(vmlPart, addShapes(pkg.text(vmlPart), shapes, sheetIndex));
  } else {
    const vmlPart = freshName(pkg, "xl/drawings/vmlDrawing", ".vml");
    pkg.setText(vmlPart, addShapes(emptyVml(sheetIndex), shapes, sheetIndex));
    relsToAdd.push({ type: REL.vmlDrawing, target: pkg.relativeTarget(sheetPart, vmlPart) });
    addDefault(pkg, "vml", CT.vml);
  }
  const ids = addRelationships(pkg, sheetPart, relsToAdd);
  const vmlId = vmlRel ? null : ids[ids.length - 1];
  if (vmlId) xml = addLegacyDrawing(xml, vmlId);
  return xml;
}

/** `base` + the first number that makes a part name not in the package. */
function freshName(pkg: OpcPackage, base: string, ext: string): string {
  for (let n = 1; ; n++) if (!pkg.has(`${base}${n}${ext}`)) return `${base}${n}${ext}`;
}

function emptyComments(): string {
  return (
    `${XML_DECL}<comments xmlns="${MAIN_NS}"><authors><author>${NOTE_AUTHOR}</author></authors>` +
    `<commentList></commentList></comments>`
  );
}

interface CommentEdit {
  at: number;
  remove: number;
  text: string;
}

/** The comments part with each note put in (replacing our earlier text); which cells got a new comment. */
function upsertComments(
  xml: string,
  notes: NoteEdit[],
  marker: string
): { text: string; created: NoteEdit[] } {
  const root = findElement(xml, "comments");
  if (!root) throw new Error("no <comments> root");
  const p = prefixOf(root);
  const authors = findElement(xml, "authors");
  const list = findElement(xml, "commentList");
  if (!authors || !list) throw new Error("comments part without authors or commentList");
  const edits: CommentEdit[] = [];
  const names = children(xml, authors).map(({ tag, end }) => unescapeXml(innerOf(xml, tag, end)));
  let authorId = names.indexOf(NOTE_AUTHOR);
  if (authorId < 0) {
    authorId = names.length;
    const item = `<${p}author>${NOTE_AUTHOR}</${p}author>`;
    if (authors.kind === "empty")
      edits.push({
        at: authors.start,
        remove: authors.end - authors.start,
        text: `<${p}authors>${item}</${p}authors>`,
      });
    else edits.push({ at: closeStart(xml, authors), remove: 0, text: item });
  }
  const existing = new Map<string, { tag: Tag; end: number }>();
  for (const c of children(xml, list)) {
    const ref = attribute(xml, c.tag, "ref");
    if (ref) existing.set(ref.toUpperCase(), c);
  }
  const created: NoteEdit[] = [];
  const added: string[] = [];
  for (const n of notes) {
    const ref = a1(n.row, n.col);
    const found = existing.get(ref);
    if (found) {
      edits.push(rewriteText(xml, found.tag, found.end, p, n.text, marker));
      continue;
    }
    created.push(n);
    added.push(
      `<${p}comment ref="${ref}" authorId="${authorId}"><${p}text>${ourRun(p, n.text, false)}</${p}text></${p}comment>`
    );
  }
  if (added.length) {
    if (list.kind === "empty")
      edits.push({
        at: list.start,
        remove: list.end - list.start,
        text: `<${p}commentList>${added.join("")}</${p}commentList>`,
      });
    else edits.push({ at: closeStart(xml, list), remove: 0, text: added.join("") });
  }
  edits.sort((a, b) => b.at - a.at);
  let out = xml;
  for (const e of edits) out = out.slice(0, e.at) + e.text + out.slice(e.at + e.remove);
  return { text: out, created };
}

function ourRun(p: string, text: string, afterUser: boolean): string {
  const body = (afterUser ? "\n" : "") + text;
  return (
    `<${p}r><${p}rPr><${p}sz val="9"/><${p}rFont val="宋体"/></${p}rPr>` +
    `<${p}t xml:space="preserve">${escapeText(body)}</${p}t></${p}r>`
  );
}

/** A comment whose text keeps the user's part (everything before our marker) and gets ours after it. */
function rewriteText(
  xml: string,
  comment: Tag,
  end: number,
  p: string,
  text: string,
  marker: string
): CommentEdit {
  const textTag = findElement(xml, "text", comment.end);
  if (!textTag || textTag.start > end) {
    return { at: comment.end, remove: 0, text: `<${p}text>${ourRun(p, text, false)}</${p}text>` };
  }
  const textEnd = elementEnd(xml, textTag);
  let kept = "";
  let userText = "";
  for (const { tag, end: childEnd } of children(xml, textTag)) {
    const piece = xml.slice(tag.start, childEnd);
    const plain = plainText(piece);
    const at = plain.indexOf(marker);
    if (at < 0) {
      if (tag.local === "t" || tag.local === "r") userText += plain;
      kept += piece;
      continue;
    }
    const before = plain.slice(0, at).trimEnd();
    if (before) {
      kept += truncated(piece, before);
      userText += before;
    }
    break;
  }
  const open = xml.slice(textTag.start, textTag.end).replace(/\s*\/>$/, ">");
  return {
    at: textTag.start,
    remove: textEnd - textTag.start,
    text: `${open}${kept}${ourRun(p, text, userText.trim() !== "")}</${textTag.qname}>`,
  };
}

function plainText(fragment: string): string {
  let out = "";
  const re = /<(?:\w+:)?t(?:\s[^>]*)?>([^<]*)<\/(?:\w+:)?t>/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(fragment))) out += unescapeXml(m[1]);
  return out;
}

/** A <t> or <r> fragment whose text is cut to `text`. */
function truncated(fragment: string, text: string): string {
  return fragment.replace(
    /(<(?:\w+:)?t)(?:\s[^>]*)?>[^<]*(<\/(?:\w+:)?t>)/,
    (_m, open: string, close: string) => `${open} xml:space="preserve">${escapeText(text)}${close}`
  );
}

function innerOf(xml: string, tag: Tag, end: number): string {
  if (tag.kind === "empty") return "";
  return xml.slice(tag.end, xml.lastIndexOf("</", end - 1));
}

function closeStart(xml: string, tag: Tag): number {
  return xml.lastIndexOf("</", elementEnd(xml, tag) - 1);
}

function emptyVml(sheetIndex: number): string {
  return (
    `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" ` +
    `xmlns:x="urn:schemas-microsoft-com:office:excel">` +
    `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${sheetIndex + 1}"/></o:shapelayout>` +
    `</xml>`
  );
}

const SHAPETYPE =
  `<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">` +
  `<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>`;

/** The VML drawing with a hidden note shape for each cell (Excel shows a note through its shape). */
function addShapes(vml: string, cells: { row: number; col: number }[], sheetIndex: number): string {
  if (!cells.length) return vml;
  let next = (sheetIndex + 1) * 1024 + 1;
  for (const m of vml.matchAll(/_x0000_s(\d+)/g)) next = Math.max(next, Number(m[1]) + 1);
  const shapes = cells.map(({ row, col }) => {
    const id = next++;
    return (
      `<v:shape id="_x0000_s${id}" type="#_x0000_t202" style="position:absolute;margin-left:59.25pt;` +
      `margin-top:1.5pt;width:180pt;height:90pt;z-index:${id};visibility:hidden" fillcolor="#ffffe1" ` +
      `o:insetmode="auto"><v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/>` +
      `<v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto">` +
      `<div style="text-align:left"></div></v:textbox><x:ClientData ObjectType="Note">` +
      `<x:MoveWithCells/><x:SizeWithCells/>` +
      `<x:Anchor>${col + 1}, 15, ${row}, 10, ${col + 4}, 15, ${row + 5}, 4</x:Anchor>` +
      `<x:AutoFill>False</x:AutoFill><x:Row>${row}</x:Row><x:Column>${col}</x:Column>` +
      `</x:ClientData></v:shape>`
    );
  });
  const close = vml.lastIndexOf("</xml>");
  if (close < 0) throw new Error("VML drawing without </xml>");
  const type = vml.includes('id="_x0000_t202"') ? "" : SHAPETYPE;
  return vml.slice(0, close) + type + shapes.join("") + vml.slice(close);
}

/** Adds relationships to `part`'s rels part (created if absent); returns their ids in order. */
function addRelationships(
  pkg: OpcPackage,
  part: string,
  rels: { type: string; target: string }[]
): string[] {
  if (!rels.length) return [];
  const path = relsPath(part);
  const xml = pkg.has(path)
    ? pkg.text(path)
    : `${XML_DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
  const taken = new Set(pkg.has(path) ? pkg.relationships(part).map((r) => r.id) : []);
  let n = 1;
  const ids: string[] = [];
  const items = rels.map((r) => {
    while (taken.has(`rId${n}`)) n++;
    const id = `rId${n}`;
    taken.add(id);
    ids.push(id);
    return `<Relationship Id="${id}" Type="${r.type}" Target="${r.target}"/>`;
  });
  const root = findElement(xml, "Relationships");
  if (!root) throw new Error(`${path} has no <Relationships>`);
  const text =
    root.kind === "empty"
      ? xml.slice(0, root.start) +
        xml.slice(root.start, root.end - 2) +
        ">" +
        items.join("") +
        "</Relationships>" +
        xml.slice(root.end)
      : xml.slice(0, closeStart(xml, root)) + items.join("") + xml.slice(closeStart(xml, root));
  pkg.setText(path, text);
  return ids;
}

const CONTENT_TYPES = "[Content_Types].xml";

function addToContentTypes(pkg: OpcPackage, item: string, present: RegExp): void {
  const xml = pkg.text(CONTENT_TYPES);
  if (present.test(xml)) return;
  const root = findElement(xml, "Types");
  if (!root || root.kind === "empty") throw new Error("[Content_Types].xml has no <Types>");
  const at = closeStart(xml, root);
  pkg.setText(CONTENT_TYPES, xml.slice(0, at) + item + xml.slice(at));
}

function addOverride(pkg: OpcPackage, partName: string, type: string): void {
  addToContentTypes(
    pkg,
    `<Override PartName="${partName}" ContentType="${type}"/>`,
    new RegExp(`PartName="${partName.replace(/[.[\]]/g, "\\$&")}"`, "i")
  );
}

function addDefault(pkg: OpcPackage, ext: string, type: string): void {
  addToContentTypes(
    pkg,
    `<Default Extension="${ext}" ContentType="${type}"/>`,
    new RegExp(`Extension="${ext}"`, "i")
  );
}

// CT_Worksheet children that come after <legacyDrawing>.
const AFTER_LEGACY = new Set([
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
]);

/** The sheet XML with `<legacyDrawing r:id>` in its place in the worksheet's sequence. */
function addLegacyDrawing(xml: string, id: string): string {
  const root = findElement(xml, "worksheet");
  if (!root) throw new Error("no <worksheet> root");
  const p = prefixOf(root);
  const rootTag = xml.slice(root.start, root.end);
  const decl = new RegExp(`xmlns:([\\w.-]+)="${REL_NS.replace(/[.]/g, "\\.")}"`).exec(rootTag);
  const element = decl
    ? `<${p}legacyDrawing ${decl[1]}:id="${id}"/>`
    : `<${p}legacyDrawing xmlns:r="${REL_NS}" r:id="${id}"/>`;
  let at = -1;
  let t = nextTag(xml, root.end);
  while (t && t.kind !== "close") {
    if (AFTER_LEGACY.has(t.local)) {
      at = t.start;
      break;
    }
    t = nextTag(xml, elementEnd(xml, t));
  }
  if (at < 0) at = closeStart(xml, root);
  return xml.slice(0, at) + element + xml.slice(at);
}
