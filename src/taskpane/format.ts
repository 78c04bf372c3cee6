// Display helpers of the pane only: Excel-style cell references and stable React keys for findings.
import type { Finding } from "../core";

/** `Sheet1!B7`, quoting sheet names that Excel would quote (`'My sheet'!B7`). */
export function cellRef(sheet: string, cell: string): string {
  const plain = /^[A-Za-z_\u4e00-\u9fff][\w.\u4e00-\u9fff]*$/.test(sheet);
  return plain ? `${sheet}!${cell}` : `'${sheet.replace(/'/g, "''")}'!${cell}`;
}

/** React keys from code + sheet + cell; a repeat of the same triple gets a counter, not an index. */
export function findingKeys(findings: readonly Finding[]): string[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const base = `${f.code}|${f.sheet}|${f.cell}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return n === 0 ? base : `${base}|${n}`;
  });
}
