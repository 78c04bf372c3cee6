// A1 helpers of the adapter: the core's address parsing in {row, col} form, plus Office.js `Sheet!` prefixes.
import { parseA1 as parseCoreA1 } from "../core";

/** `B7`, `$B$7` or `Sheet1!B7` → {row: 6, col: 1}. */
export function parseA1(address: string): { row: number; col: number } {
  const { r, c } = parseCoreA1(stripSheet(address));
  return { row: r, col: c };
}

/** `'My Sheet'!A1:B2` → `A1:B2`; `$` signs dropped. */
export function stripSheet(address: string): string {
  const bang = address.lastIndexOf("!");
  return (bang < 0 ? address : address.slice(bang + 1)).replace(/\$/g, "");
}
