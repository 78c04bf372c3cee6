// A1 addresses ↔ 0-based row/column, and the `Sheet!` prefix Office.js puts on addresses.

export function columnName(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function toA1(row: number, col: number): string {
  return `${columnName(col)}${row + 1}`;
}

/** `B7`, `$B$7` or `Sheet1!B7` → {row: 6, col: 1}. */
export function parseA1(address: string): { row: number; col: number } {
  const local = stripSheet(address);
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(local.trim());
  if (!m) throw new Error(`not an A1 cell address: ${address}`);
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/** `'My Sheet'!A1:B2` → `A1:B2`; `$` signs dropped. */
export function stripSheet(address: string): string {
  const bang = address.lastIndexOf("!");
  return (bang < 0 ? address : address.slice(bang + 1)).replace(/\$/g, "");
}
