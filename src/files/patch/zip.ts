// A zip container that rewrites only the entries it is given: every other entry is copied as raw bytes.
import { deflateSync, inflateSync } from "fflate";
import { crc32 } from "./crc32";

/** Why a package cannot be patched; `fix` turns it into a one-line message. */
export class PackageError extends Error {
  constructor(
    readonly reason: "not-zip" | "zip64" | "encrypted-entry" | "bad-entry" | "missing-part",
    detail: string
  ) {
    super(detail);
    this.name = "PackageError";
  }
}

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  /** Offset of the local header in the input. */
  localOffset: number;
  /** The entry's central-directory record as read (copied with a new offset when the entry is kept). */
  central: Uint8Array;
}

export interface ZipArchive {
  bytes: Uint8Array;
  entries: ZipEntry[];
  /** The archive comment, kept as it is. */
  comment: Uint8Array;
  centralOffset: number;
  byName: Map<string, ZipEntry>;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

const utf8 = new TextDecoder("utf-8");
const latin = new TextDecoder("latin1");

/** Reads the central directory; entry data stays where it is until asked for. */
export function openZip(input: Uint8Array): ZipArchive {
  // A plain view: a Node Buffer's slice() shares memory, and the input must never change.
  const bytes = new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  const dv = view(bytes);
  let eocd = -1;
  // The end record is 22 bytes plus a comment of at most 65 535 bytes.
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (dv.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new PackageError("not-zip", "no zip end record");
  const count = dv.getUint16(eocd + 10, true);
  const cdOffset = dv.getUint32(eocd + 16, true);
  const commentLength = dv.getUint16(eocd + 20, true);
  if (count === 0xffff || cdOffset === 0xffffffff)
    throw new PackageError("zip64", "ZIP64 packages are not patched");
  const entries: ZipEntry[] = [];
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.length || dv.getUint32(p, true) !== CENTRAL)
      throw new PackageError("not-zip", "broken central directory");
    const flags = dv.getUint16(p + 8, true);
    const nameLength = dv.getUint16(p + 28, true);
    const extraLength = dv.getUint16(p + 30, true);
    const commentLen = dv.getUint16(p + 32, true);
    const end = p + 46 + nameLength + extraLength + commentLen;
    const rawName = bytes.subarray(p + 46, p + 46 + nameLength);
    const entry: ZipEntry = {
      name: (flags & 0x800 ? utf8 : latin).decode(rawName),
      method: dv.getUint16(p + 10, true),
      flags,
      crc: dv.getUint32(p + 16, true),
      compressedSize: dv.getUint32(p + 20, true),
      size: dv.getUint32(p + 24, true),
      localOffset: dv.getUint32(p + 42, true),
      central: bytes.subarray(p, end),
    };
    if (
      entry.compressedSize === 0xffffffff ||
      entry.size === 0xffffffff ||
      entry.localOffset === 0xffffffff
    )
      throw new PackageError("zip64", `ZIP64 entry ${entry.name}`);
    entries.push(entry);
    p = end;
  }
  return {
    bytes,
    entries,
    comment: bytes.subarray(eocd + 22, eocd + 22 + commentLength),
    centralOffset: cdOffset,
    byName: new Map(entries.map((e) => [e.name, e])),
  };
}

function dataStart(zip: ZipArchive, e: ZipEntry): number {
  const dv = view(zip.bytes);
  if (dv.getUint32(e.localOffset, true) !== LOCAL)
    throw new PackageError("bad-entry", `no local header for ${e.name}`);
  return (
    e.localOffset +
    30 +
    dv.getUint16(e.localOffset + 26, true) +
    dv.getUint16(e.localOffset + 28, true)
  );
}

/** The uncompressed bytes of an entry, CRC-checked. */
export function readEntry(zip: ZipArchive, name: string): Uint8Array {
  const e = zip.byName.get(name);
  if (!e) throw new PackageError("missing-part", `no part ${name}`);
  if (e.flags & 1) throw new PackageError("encrypted-entry", `${name} is encrypted`);
  const start = dataStart(zip, e);
  const raw = zip.bytes.subarray(start, start + e.compressedSize);
  let out: Uint8Array;
  if (e.method === 0) out = raw;
  else if (e.method === 8) {
    try {
      out = inflateSync(raw, { out: new Uint8Array(e.size) });
    } catch {
      throw new PackageError("bad-entry", `${name} cannot be inflated`);
    }
  } else throw new PackageError("bad-entry", `${name} uses compression method ${e.method}`);
  if (out.length !== e.size || crc32(out) !== e.crc)
    throw new PackageError("bad-entry", `${name} fails its CRC check`);
  return out;
}

export function hasEntry(zip: ZipArchive, name: string): boolean {
  return zip.byName.has(name);
}

/** The raw bytes an entry occupies in the input: its local header, data and any data descriptor. */
function localRecord(zip: ZipArchive, e: ZipEntry, next: number): Uint8Array {
  return zip.bytes.subarray(e.localOffset, next);
}

const encoder = new TextEncoder();

function localHeader(
  name: Uint8Array,
  flags: number,
  crc: number,
  csize: number,
  size: number,
  time: number,
  date: number
): Uint8Array {
  const h = new Uint8Array(30 + name.length);
  const dv = view(h);
  dv.setUint32(0, LOCAL, true);
  dv.setUint16(4, 20, true);
  dv.setUint16(6, flags, true);
  dv.setUint16(8, 8, true);
  dv.setUint16(10, time, true);
  dv.setUint16(12, date, true);
  dv.setUint32(14, crc, true);
  dv.setUint32(18, csize, true);
  dv.setUint32(22, size, true);
  dv.setUint16(26, name.length, true);
  dv.setUint16(28, 0, true);
  h.set(name, 30);
  return h;
}

function centralRecord(
  base: Uint8Array | null,
  name: Uint8Array,
  flags: number,
  crc: number,
  csize: number,
  size: number,
  offset: number,
  time: number,
  date: number
): Uint8Array {
  if (base) {
    // Keep the record (versions, attributes, extra fields, comment); only the data fields change.
    const rec = base.slice();
    const dv = view(rec);
    dv.setUint16(8, flags, true);
    dv.setUint16(10, 8, true);
    dv.setUint32(16, crc, true);
    dv.setUint32(20, csize, true);
    dv.setUint32(24, size, true);
    dv.setUint32(42, offset, true);
    return rec;
  }
  const rec = new Uint8Array(46 + name.length);
  const dv = view(rec);
  dv.setUint32(0, CENTRAL, true);
  dv.setUint16(4, 20, true);
  dv.setUint16(6, 20, true);
  dv.setUint16(8, flags, true);
  dv.setUint16(10, 8, true);
  dv.setUint16(12, time, true);
  dv.setUint16(14, date, true);
  dv.setUint32(16, crc, true);
  dv.setUint32(20, csize, true);
  dv.setUint32(24, size, true);
  dv.setUint16(28, name.length, true);
  dv.setUint32(42, offset, true);
  rec.set(name, 46);
  return rec;
}

/**
 * The archive with `changes` applied: a changed entry is deflated anew in its place, a new one is
 * appended; every other entry's local record is copied byte for byte, in the input's order.
 */
export function writeZip(zip: ZipArchive, changes: Map<string, Uint8Array>): Uint8Array {
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  const push = (b: Uint8Array) => {
    chunks.push(b);
    offset += b.length;
  };
  const byOffset = [...zip.entries].sort((a, b) => a.localOffset - b.localOffset);
  // An entry's record runs up to the next entry (or the central directory): descriptors included.
  const firstCentral = zip.centralOffset;
  const nextOffset = new Map<ZipEntry, number>();
  byOffset.forEach((e, i) =>
    nextOffset.set(e, i + 1 < byOffset.length ? byOffset[i + 1].localOffset : firstCentral)
  );
  const written = new Map<ZipEntry, Uint8Array>();
  const dvIn = view(zip.bytes);
  for (const e of byOffset) {
    const start = offset;
    const change = changes.get(e.name);
    const time = dvIn.getUint16(e.localOffset + 10, true);
    const date = dvIn.getUint16(e.localOffset + 12, true);
    if (!change) {
      push(localRecord(zip, e, nextOffset.get(e)!));
      const rec = e.central.slice();
      view(rec).setUint32(42, start, true);
      written.set(e, rec);
      continue;
    }
    const name = zip.bytes.subarray(
      e.localOffset + 30,
      e.localOffset + 30 + dvIn.getUint16(e.localOffset + 26, true)
    );
    const data = deflateSync(change, { level: 6 });
    const crc = crc32(change);
    const flags = e.flags & 0x800; // keep "UTF-8 name"; no descriptor, no encryption
    push(localHeader(name, flags, crc, data.length, change.length, time, date));
    push(data);
    written.set(
      e,
      centralRecord(e.central, name, flags, crc, data.length, change.length, start, time, date)
    );
  }
  for (const e of zip.entries) central.push(written.get(e)!);
  for (const [name, change] of changes) {
    if (zip.byName.has(name)) continue;
    const start = offset;
    const nameBytes = encoder.encode(name);
    const data = deflateSync(change, { level: 6 });
    const crc = crc32(change);
    const flags = /^[\x20-\x7e]*$/.test(name) ? 0 : 0x800;
    // 1980-01-01 00:00, the zip epoch: a new part has no time of its own worth inventing.
    push(localHeader(nameBytes, flags, crc, data.length, change.length, 0, 0x21));
    push(data);
    central.push(
      centralRecord(null, nameBytes, flags, crc, data.length, change.length, start, 0, 0x21)
    );
  }
  const cdOffset = offset;
  for (const c of central) push(c);
  const end = new Uint8Array(22 + zip.comment.length);
  const dv = view(end);
  dv.setUint32(0, EOCD, true);
  dv.setUint16(8, central.length, true);
  dv.setUint16(10, central.length, true);
  dv.setUint32(12, offset - cdOffset, true);
  dv.setUint32(16, cdOffset, true);
  dv.setUint16(20, zip.comment.length, true);
  end.set(zip.comment, 22);
  push(end);
  const out = new Uint8Array(offset);
  let p = 0;
  for (const c of chunks) {
    out.set(c, p);
    p += c.length;
  }
  return out;
}
