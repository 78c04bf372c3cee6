// The styles part: cell formats derived from a cell's own (another number format, a highlight fill), appended.
import {
  attribute,
  children,
  findElement,
  prefixOf,
  setAttribute,
  type Tag,
  escapeAttr,
} from "./xml";

/** Built-in number formats whose code is the same in every locale (ECMA-376 §18.8.30). */
const BUILTIN: Record<string, number> = {
  General: 0,
  "0": 1,
  "0.00": 2,
  "#,##0": 3,
  "#,##0.00": 4,
  "0%": 9,
  "0.00%": 10,
  "0.00E+00": 11,
  "@": 49,
};
const FIRST_CUSTOM_ID = 164;

export interface StyleChange {
  numberFormat?: string;
  /** ARGB of a solid highlight fill. */
  fillArgb?: string;
}

interface Appended {
  numFmts: string[];
  fills: string[];
  xfs: string[];
}

/** Derives cell formats (`cellXfs` entries) and writes them, plus any new number format or fill, back. */
export class StyleSheet {
  private readonly xfs: string[];
  private readonly fills: string[];
  private readonly formats = new Map<string, number>();
  private nextFormatId = FIRST_CUSTOM_ID;
  private readonly added: Appended = { numFmts: [], fills: [], xfs: [] };
  private readonly cache = new Map<string, number>();
  private readonly prefix: string;

  constructor(private readonly xml: string) {
    const root = findElement(xml, "styleSheet");
    if (!root) throw new Error("no styleSheet");
    this.prefix = prefixOf(root);
    this.xfs = this.list("cellXfs");
    this.fills = this.list("fills");
    const numFmts = findElement(xml, "numFmts");
    if (numFmts) {
      for (const { tag } of children(xml, numFmts)) {
        const id = Number(attribute(xml, tag, "numFmtId"));
        const code = attribute(xml, tag, "formatCode");
        if (code !== undefined && !this.formats.has(code)) this.formats.set(code, id);
        if (id >= this.nextFormatId) this.nextFormatId = id + 1;
      }
    }
  }

  private list(local: string): string[] {
    const tag = findElement(this.xml, local);
    if (!tag) return [];
    return children(this.xml, tag).map(({ tag: t, end }) => this.xml.slice(t.start, end));
  }

  get count(): number {
    return this.xfs.length;
  }

  /** The index of a cell format equal to `base` but for `change`; an identical existing one is reused. */
  derive(base: number, change: StyleChange): number {
    const from = base >= 0 && base < this.xfs.length ? base : 0;
    const key = `${from}|${change.numberFormat ?? ""}|${change.fillArgb ?? ""}`;
    const hit = this.cache.get(key);
    if (hit !== undefined) return hit;
    let xf =
      this.xfs[from] ??
      `<${this.prefix}xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>`;
    if (change.numberFormat !== undefined) {
      xf = editStart(xf, (t) =>
        setAttribute(
          setAttribute(t, "numFmtId", String(this.formatId(change.numberFormat!))),
          "applyNumberFormat",
          "1"
        )
      );
    }
    if (change.fillArgb !== undefined) {
      xf = editStart(xf, (t) =>
        setAttribute(
          setAttribute(t, "fillId", String(this.fillId(change.fillArgb!))),
          "applyFill",
          "1"
        )
      );
    }
    let index = this.xfs.indexOf(xf);
    if (index < 0) {
      index = this.xfs.length;
      this.xfs.push(xf);
      this.added.xfs.push(xf);
    }
    this.cache.set(key, index);
    return index;
  }

  private formatId(code: string): number {
    const builtin = BUILTIN[code];
    if (builtin !== undefined) return builtin;
    const known = this.formats.get(code);
    if (known !== undefined) return known;
    const id = this.nextFormatId++;
    this.formats.set(code, id);
    this.added.numFmts.push(
      `<${this.prefix}numFmt numFmtId="${id}" formatCode="${escapeAttr(code)}"/>`
    );
    return id;
  }

  private fillId(argb: string): number {
    const p = this.prefix;
    const fill =
      `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${argb}"/>` +
      `<${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`;
    const known = this.fills.indexOf(fill);
    if (known >= 0) return known;
    this.fills.push(fill);
    this.added.fills.push(fill);
    return this.fills.length - 1;
  }

  /** The styles part with the new entries appended and their counts updated; null when nothing was added. */
  toXml(): string | null {
    const { numFmts, fills, xfs } = this.added;
    if (!numFmts.length && !fills.length && !xfs.length) return null;
    // Edit from the end of the text backwards so earlier offsets stay valid.
    const edits: { at: number; remove: number; text: string }[] = [];
    const append = (local: string, items: string[], create: () => { at: number } | null) => {
      if (!items.length) return;
      const tag = findElement(this.xml, local);
      if (!tag) {
        const place = create();
        if (!place) throw new Error(`no <${local}> in the styles part`);
        const p = this.prefix;
        edits.push({
          at: place.at,
          remove: 0,
          text: `<${p}${local} count="${items.length}">${items.join("")}</${p}${local}>`,
        });
        return;
      }
      const total = children(this.xml, tag).length + items.length;
      const open = setAttribute(this.xml.slice(tag.start, tag.end), "count", String(total));
      if (tag.kind === "empty") {
        const start = open.slice(0, -2) + ">";
        edits.push({
          at: tag.start,
          remove: tag.end - tag.start,
          text: `${start}${items.join("")}</${tag.qname}>`,
        });
        return;
      }
      edits.push({ at: tag.start, remove: tag.end - tag.start, text: open });
      const close = closeOf(this.xml, tag);
      edits.push({ at: close, remove: 0, text: items.join("") });
    };
    append("numFmts", numFmts, () => {
      // numFmts is the first child of styleSheet.
      const root = findElement(this.xml, "styleSheet")!;
      return { at: root.end };
    });
    append("fills", fills, () => null);
    append("cellXfs", xfs, () => null);
    edits.sort((a, b) => b.at - a.at);
    let out = this.xml;
    for (const e of edits) out = out.slice(0, e.at) + e.text + out.slice(e.at + e.remove);
    return out;
  }
}

/** Offset of the end tag of the element opened by `tag`. */
function closeOf(xml: string, tag: Tag): number {
  const list = children(xml, tag);
  const after = list.length ? list[list.length - 1].end : tag.end;
  return xml.indexOf("</", after);
}

/** `element` with its start tag rewritten by `edit`. */
function editStart(element: string, edit: (startTag: string) => string): string {
  let quote = "";
  for (let i = 1; i < element.length; i++) {
    const ch = element[i];
    if (quote) {
      if (ch === quote) quote = "";
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === ">") return edit(element.slice(0, i + 1)) + element.slice(i + 1);
  }
  return element;
}
