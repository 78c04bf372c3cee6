// Cell fills in ET terms: Interior.Color is a BGR long, Interior.Pattern tells No Fill (xlNone) from white.
import type { OrigFill } from "../excel/highlight-store";
import { get, getObj, set, type Com } from "./com";

/** Interior.Pattern / ColorIndex of a cell without fill. */
export const XL_NONE = -4142;
export const XL_SOLID = 1;

/** `#RRGGBB` → BGR long. */
export function bgrOf(hex: string): number {
  const n = parseInt(hex.replace("#", ""), 16);
  return ((n & 0xff) << 16) | (n & 0xff00) | ((n >> 16) & 0xff);
}

/** BGR long → `#RRGGBB`. */
export function hexOf(bgr: number): string {
  const rgb = ((bgr & 0xff) << 16) | (bgr & 0xff00) | ((bgr >> 16) & 0xff);
  return `#${rgb.toString(16).padStart(6, "0").toUpperCase()}`;
}

/**
 * A cell's fill as 清除标记 must put it back: Pattern xlNone = No Fill (`color: null`), which is not
 * the same as a white fill (Color reads 0xFFFFFF for both). A pattern other than solid is kept.
 */
export function readFill(cell: Com): OrigFill {
  const interior = getObj(cell, "Interior");
  const pattern = Number(get(interior, "Pattern"));
  if (pattern === XL_NONE) return { color: null };
  const out: OrigFill = { color: hexOf(Number(get(interior, "Color"))) };
  if (Number.isFinite(pattern) && pattern !== XL_SOLID) out.pattern = String(pattern);
  return out;
}

/** A solid fill in `hex`: Interior.Color alone would keep a patterned cell's pattern over our colour. */
export function paintFill(cell: Com, hex: string): void {
  const interior = getObj(cell, "Interior");
  set(interior, "Pattern", XL_SOLID);
  set(interior, "Color", bgrOf(hex));
}

/** No Fill is restored as Pattern xlNone, never painted white. */
export function restoreFill(cell: Com, fill: OrigFill): void {
  const interior = getObj(cell, "Interior");
  if (fill.color === null) {
    set(interior, "Pattern", XL_NONE);
    return;
  }
  set(interior, "Color", bgrOf(fill.color));
  if (fill.pattern) set(interior, "Pattern", Number(fill.pattern));
}
