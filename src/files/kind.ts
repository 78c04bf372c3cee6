// What a file really is, from its first bytes and its container's entry names (never from the extension).

/** The kinds a reader tells apart; the readable ones are `xlsx`, `xlsm`, `xlsb`, `xls`, `ods`. */
export type FileKind =
  | "xlsx"
  | "xlsm"
  | "xlsb"
  | "xls"
  | "ods"
  | "encrypted"
  | "docx"
  | "pptx"
  | "odf-other"
  | "doc"
  | "ppt"
  | "cfb-other"
  | "zip-other"
  | "pdf"
  | "text"
  | "empty"
  | "unknown";

/** Kinds the reader turns into sheets (`.et` and `.xls` are both `xls`: WPS writes BIFF8). */
export const READABLE_KINDS: readonly FileKind[] = ["xlsx", "xlsm", "xlsb", "xls", "ods"];

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const PDF = [0x25, 0x50, 0x44, 0x46];

function startsWith(bytes: Uint8Array, sig: number[]): boolean {
  if (bytes.length < sig.length) return false;
  return sig.every((b, i) => bytes[i] === b);
}

/** Index of `needle` in `bytes`, or -1 (a plain scan: entry names are few and short). */
function indexOf(bytes: Uint8Array, needle: Uint8Array, from = 0): number {
  const first = needle[0];
  const last = bytes.length - needle.length;
  for (let i = from; i <= last; i++) {
    if (bytes[i] !== first) continue;
    let j = 1;
    while (j < needle.length && bytes[i + j] === needle[j]) j++;
    if (j === needle.length) return i;
  }
  return -1;
}

const ascii = (s: string): Uint8Array => Uint8Array.from(s, (ch) => ch.charCodeAt(0));
const utf16 = (s: string): Uint8Array => {
  const out = new Uint8Array(s.length * 2);
  for (let i = 0; i < s.length; i++) out[i * 2] = s.charCodeAt(i);
  return out;
};
// End of central directory record: every complete zip ends with one.
const EOCD = Uint8Array.from([0x50, 0x4b, 0x05, 0x06]);
const has = (bytes: Uint8Array, needle: Uint8Array): boolean => indexOf(bytes, needle) >= 0;

// A zip keeps every entry name in clear text (local headers and central directory), so the
// package's shape shows without inflating anything.
function zipKind(bytes: Uint8Array): FileKind {
  // ODF puts an uncompressed `mimetype` entry first; its content follows the 30-byte header + name.
  const head = String.fromCharCode(...bytes.subarray(30, 120));
  if (head.startsWith("mimetype")) {
    if (head.includes("opendocument.spreadsheet")) return "ods";
    if (head.includes("opendocument")) return "odf-other";
  }
  if (has(bytes, ascii("xl/workbook.bin"))) return "xlsb";
  if (has(bytes, ascii("xl/vbaProject.bin"))) return "xlsm";
  if (has(bytes, ascii("xl/workbook.xml")) || has(bytes, ascii("xl/_rels/"))) return "xlsx";
  if (has(bytes, ascii("word/"))) return "docx";
  if (has(bytes, ascii("ppt/"))) return "pptx";
  if (has(bytes, ascii("content.xml")) && has(bytes, ascii("opendocument.spreadsheet")))
    return "ods";
  // An OOXML package whose workbook entry is cut off, or a zip without its central directory
  // (a download cut short): read as .xlsx so that the parser names the damage.
  if (has(bytes, ascii("[Content_Types].xml")) || !has(bytes, EOCD)) return "xlsx";
  return "zip-other";
}

// A compound file (OLE2) names its streams in UTF-16 in the directory sectors.
function cfbKind(bytes: Uint8Array): FileKind {
  if (has(bytes, utf16("EncryptionInfo")) || has(bytes, utf16("EncryptedPackage")))
    return "encrypted";
  if (has(bytes, utf16("Workbook")) || has(bytes, utf16("Book"))) return "xls";
  if (has(bytes, utf16("WordDocument"))) return "doc";
  if (has(bytes, utf16("PowerPoint Document"))) return "ppt";
  return "cfb-other";
}

/** True when the first 4 KB look like text (CSV, TSV, HTML, XML): no NUL and valid enough. */
function looksLikeText(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 4096);
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return false;
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) return false;
  }
  return true;
}

/**
 * The file's kind from its content. `name` only settles what the bytes leave open: a compound file
 * without a known stream that is named `.xlsx` can only be an encrypted package (Excel writes
 * encrypted OOXML as a compound file whose directory a damaged copy may have lost), one named
 * `.xls` / `.et` a damaged legacy workbook.
 */
export function sniffKind(bytes: Uint8Array, name = ""): FileKind {
  if (bytes.length === 0) return "empty";
  if (startsWith(bytes, ZIP)) return zipKind(bytes);
  if (startsWith(bytes, CFB)) {
    const kind = cfbKind(bytes);
    if (kind !== "cfb-other") return kind;
    if (/\.xls[xmb]$/i.test(name)) return "encrypted";
    // A compound file named as a workbook whose streams are unreadable: a damaged .xls / .et.
    if (/\.(xls|et|xlt|ett)$/i.test(name)) return "xls";
    return kind;
  }
  if (startsWith(bytes, PDF)) return "pdf";
  if (looksLikeText(bytes)) return "text";
  return "unknown";
}
