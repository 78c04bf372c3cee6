// The emulator's JSON-able workbook model: what a fixture becomes and what tests compare before/after.

export type EmuValue = number | string | boolean;

/** A direct fill. Absent `fill` on a cell = "No Fill", which is not the same as white. */
export interface EmuFill {
  /** `#RRGGBB`, upper case. */
  color: string;
  /** Office.js pattern name; default `Solid`. */
  pattern?: string;
  tintAndShade?: number | null;
}

export interface EmuCell {
  /** Cached value; a formula cell keeps the result it had (the emulator does not calculate). */
  value: EmuValue;
  formula?: string;
  numberFormat?: string;
  fill?: EmuFill;
  /**
   * The value is an error (`#REF!`), as a formula's cached result or a constant: Office.js gives its
   * text in `values` and "Error" in `valueTypes`. A plain string `#REF!` without it is text.
   */
  error?: boolean;
}

export type EmuVisibility = "Visible" | "Hidden" | "VeryHidden";

export interface EmuSheet {
  name: string;
  visibility?: EmuVisibility;
  protected?: boolean;
  /** Keyed by A1 address (`B7`); absent = empty, unformatted. */
  cells: Record<string, EmuCell>;
  /** Merged areas as A1 ranges (`A5:A20`). */
  merges: string[];
}

export interface EmuSelection {
  sheet: string;
  address: string;
}

export interface WorkbookModel {
  sheets: EmuSheet[];
  activeSheet: string;
  /** Workbook settings (Excel.SettingCollection); values are JSON-able. */
  settings: Record<string, unknown>;
  selected?: EmuSelection | null;
}

export function cloneModel(model: WorkbookModel): WorkbookModel {
  return JSON.parse(JSON.stringify(model)) as WorkbookModel;
}

/** True when a cell carries nothing: Excel would not keep it in the used range. */
export function isBlankCell(cell: EmuCell): boolean {
  return (
    (cell.value === "" || cell.value === null) &&
    !cell.formula &&
    (!cell.numberFormat || cell.numberFormat === "General") &&
    !cell.fill
  );
}
