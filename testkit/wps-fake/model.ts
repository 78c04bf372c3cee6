// The fake ET workbook's plain data: cells by (row, column), merges, fills as ET keeps them (BGR colour + pattern).
import type { Rect } from "../emulator/a1";

/** ET/VBA constants the fake and its tests use (the adapter keeps its own copy in src/wps). */
export const XL = {
  /** Interior.Pattern / ColorIndex of a cell without fill. */
  none: -4142,
  solid: 1,
  /** Worksheet.Visible. */
  sheetVisible: -1,
  sheetHidden: 0,
  sheetVeryHidden: 2,
  /** Interior.Color of a cell without fill reads as white. */
  white: 0xffffff,
} as const;

export interface FakeFill {
  /** BGR long, as Interior.Color holds it (0xBBGGRR). */
  color: number;
  /** Interior.Pattern (1 = xlSolid). */
  pattern: number;
}

export interface FakeCell {
  value?: number | string | boolean;
  /** Formula text starting with `=`; the fake never recalculates, `value` stays the cached result. */
  formula?: string;
  numberFormat?: string;
  fill?: FakeFill;
}

export interface FakeSheet {
  name: string;
  visible: number;
  /** Worksheet.ProtectContents. */
  protected: boolean;
  /** `${row},${col}` (0-based) → cell. */
  cells: Map<string, FakeCell>;
  /** Merged areas, 0-based inclusive. */
  merges: Rect[];
}

export interface FakeBook {
  name: string;
  fullName: string;
  readOnly: boolean;
  sheets: FakeSheet[];
  /** Index into `sheets` of the active sheet. */
  active: number;
}

export const cellKey = (row: number, col: number): string => `${row},${col}`;

export function emptySheet(name: string): FakeSheet {
  return { name, visible: XL.sheetVisible, protected: false, cells: new Map(), merges: [] };
}

/** `#RRGGBB` → the BGR long ET keeps (tests state colours the way the adapter's docs do). */
export function bgrOf(hex: string): number {
  const n = parseInt(hex.replace("#", ""), 16);
  return ((n & 0xff) << 16) | (n & 0xff00) | ((n >> 16) & 0xff);
}

/** BGR long → `#RRGGBB`. */
export function hexOf(bgr: number): string {
  const rgb = ((bgr & 0xff) << 16) | (bgr & 0xff00) | ((bgr >> 16) & 0xff);
  return `#${rgb.toString(16).padStart(6, "0").toUpperCase()}`;
}
