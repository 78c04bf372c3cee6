// A1 addresses ↔ 0-based row/column coordinates, and rectangular areas.

export interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface RC {
  r: number;
  c: number;
}

/** A cell's identity as a map key (`"12,7"`), for sets of anchors. */
export function rcKey(at: RC): string {
  return `${at.r},${at.c}`;
}

export function colName(c: number): string {
  let n = c + 1;
  let s = "";
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function toA1(r: number, c: number): string {
  return `${colName(c)}${r + 1}`;
}

/** `B7` → {r: 6, c: 1}; also accepts `$B$7` and a sheet prefix `Sheet1!B7`. */
export function parseA1(a1: string): RC {
  const addr = a1.includes("!") ? a1.slice(a1.lastIndexOf("!") + 1) : a1;
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(addr.trim());
  if (!m) throw new Error(`bad A1 address: ${a1}`);
  let c = 0;
  for (const ch of m[1].toUpperCase()) c = c * 26 + (ch.charCodeAt(0) - 64);
  return { r: Number(m[2]) - 1, c: c - 1 };
}

/** `A5:C9` (or a single cell) → area. */
export function parseArea(range: string): Area {
  const addr = range.includes("!") ? range.slice(range.lastIndexOf("!") + 1) : range;
  const [a, b] = addr.split(":");
  const p = parseA1(a);
  const q = b ? parseA1(b) : p;
  return {
    top: Math.min(p.r, q.r),
    left: Math.min(p.c, q.c),
    bottom: Math.max(p.r, q.r),
    right: Math.max(p.c, q.c),
  };
}

export function areaA1(a: Area): string {
  const tl = toA1(a.top, a.left);
  const br = toA1(a.bottom, a.right);
  return tl === br ? tl : `${tl}:${br}`;
}

export function inArea(a: Area, r: number, c: number): boolean {
  return r >= a.top && r <= a.bottom && c >= a.left && c <= a.right;
}
