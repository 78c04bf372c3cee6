// Tag-level XML scanning for text surgery: offsets of elements, their attributes, nothing rebuilt.

export interface Tag {
  /** Offset of `<`. */
  start: number;
  /** Offset just past `>`. */
  end: number;
  kind: "open" | "close" | "empty";
  /** Qualified name as written (`x:row`). */
  qname: string;
  /** Local name (`row`). */
  local: string;
}

/**
 * The next start, end or empty-element tag at or after `from`; comments, CDATA, processing
 * instructions and declarations are skipped. Null at the end of the text.
 */
export function nextTag(xml: string, from: number): Tag | null {
  let i = xml.indexOf("<", from);
  while (i >= 0) {
    const c = xml.charCodeAt(i + 1);
    if (c === 0x21 /* ! */) {
      if (xml.startsWith("<!--", i)) i = skipTo(xml, i, "-->");
      else if (xml.startsWith("<![CDATA[", i)) i = skipTo(xml, i, "]]>");
      else i = skipTo(xml, i, ">");
      i = xml.indexOf("<", i);
      continue;
    }
    if (c === 0x3f /* ? */) {
      i = xml.indexOf("<", skipTo(xml, i, "?>"));
      continue;
    }
    const close = c === 0x2f; /* / */
    const end = tagEnd(xml, i);
    const nameStart = i + (close ? 2 : 1);
    let j = nameStart;
    while (j < end && !isSpace(xml.charCodeAt(j)) && xml[j] !== ">" && xml[j] !== "/") j++;
    const qname = xml.slice(nameStart, j);
    const colon = qname.indexOf(":");
    return {
      start: i,
      end,
      kind: close ? "close" : xml.charCodeAt(end - 2) === 0x2f ? "empty" : "open",
      qname,
      local: colon >= 0 ? qname.slice(colon + 1) : qname,
    };
  }
  return null;
}

function skipTo(xml: string, from: number, marker: string): number {
  const k = xml.indexOf(marker, from);
  if (k < 0) throw new Error("unterminated XML markup");
  return k + marker.length;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

/** Offset past the `>` that closes the tag at `start`, skipping `>` inside quoted attribute values. */
function tagEnd(xml: string, start: number): number {
  let quote = 0;
  for (let i = start + 1; i < xml.length; i++) {
    const c = xml.charCodeAt(i);
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === 0x22 || c === 0x27) quote = c;
    else if (c === 0x3e) return i + 1;
  }
  throw new Error("unterminated XML tag");
}

/** The element that starts with `open`: offset past its end tag (or `open.end` for an empty one). */
export function elementEnd(xml: string, open: Tag): number {
  if (open.kind === "empty") return open.end;
  let depth = 0;
  let t: Tag | null = open;
  while (t) {
    if (t.kind === "open") depth++;
    else if (t.kind === "close" && --depth === 0) return t.end;
    t = nextTag(xml, t.end);
  }
  throw new Error(`unclosed <${open.qname}>`);
}

/** The first element named `local` (any prefix) at or after `from`, at any depth. */
export function findElement(xml: string, local: string, from = 0): Tag | null {
  for (let t = nextTag(xml, from); t; t = nextTag(xml, t.end)) {
    if (t.kind !== "close" && t.local === local) return t;
  }
  return null;
}

/** The child elements of the element opened by `parent`, in order (elements only). */
export function children(xml: string, parent: Tag): { tag: Tag; end: number }[] {
  const out: { tag: Tag; end: number }[] = [];
  if (parent.kind === "empty") return out;
  let t = nextTag(xml, parent.end);
  while (t && t.kind !== "close") {
    const end = elementEnd(xml, t);
    out.push({ tag: t, end });
    t = nextTag(xml, end);
  }
  return out;
}

/** The attributes of a start tag, in order, values unescaped. */
export function attributes(tagText: string): Map<string, string> {
  const out = new Map<string, string>();
  const re = /([^\s=<>/]+)\s*=\s*("([^"]*)"|'([^']*)')/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(tagText))) out.set(m[1], unescapeXml(m[3] ?? m[4] ?? ""));
  return out;
}

export function attribute(xml: string, tag: Tag, name: string): string | undefined {
  return attributes(xml.slice(tag.start, tag.end)).get(name);
}

/**
 * The start tag `tagText` with attribute `name` set to `value` (replaced in place when present,
 * appended otherwise) or removed when `value` is null. Every other byte of the tag is kept.
 */
export function setAttribute(tagText: string, name: string, value: string | null): string {
  const re = new RegExp(`(\\s)${escapeRe(name)}\\s*=\\s*("[^"]*"|'[^']*')`);
  const m = re.exec(tagText);
  if (m) {
    if (value === null) return tagText.slice(0, m.index) + tagText.slice(m.index + m[0].length);
    return (
      tagText.slice(0, m.index) +
      `${m[1]}${name}="${escapeAttr(value)}"` +
      tagText.slice(m.index + m[0].length)
    );
  }
  if (value === null) return tagText;
  const empty = tagText.endsWith("/>");
  const body = tagText.slice(0, tagText.length - (empty ? 2 : 1)).replace(/\s+$/, "");
  return `${body} ${name}="${escapeAttr(value)}"${empty ? "/>" : ">"}`;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

export function escapeText(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

export function escapeAttr(s: string): string {
  return escapeText(s).replace(/"/g, "&quot;");
}

export function unescapeXml(s: string): string {
  if (!s.includes("&")) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_m, e: string) => {
    if (e[0] === "#")
      return String.fromCodePoint(
        e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)
      );
    return { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" }[e]!;
  });
}

/** The namespace prefix of a qualified name with its colon (`x:`), or "". */
export function prefixOf(tag: Tag): string {
  return tag.qname.slice(0, tag.qname.length - tag.local.length);
}
