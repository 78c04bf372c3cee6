// Which Office capabilities the host has: ExcelApi sets and common sets (via isSetSupported) and the
// document mode. Every feature above the floor is detected here, once, and degrades on its own
// (docs/hosts/excel.md lists each call with its set and what happens without it).

/**
 * The floor: getUsedRangeOrNullObject, workbook.settings (the saved original fills, the undo snapshot
 * and the pane's settings live there) and getItemOrNullObject. Below it a painted cell's original
 * fill could not outlive the pane, so the add-in refuses rather than mark what it cannot unmark.
 */
export const MIN_EXCEL_API = "1.4";
/** getCellProperties + fill.pattern/tintAndShade: original fills in the read batch, No Fill ≠ white; Range.find. */
export const CELL_PROPERTIES_API = "1.9";
/** WorksheetCollection.onChanged: the pane learns that a checked sheet was edited. */
export const CHANGE_EVENTS_API = "1.9";
/** Excel.run({delayForCellEdit}): wait for the user to leave cell edit mode. */
export const DELAY_FOR_CELL_EDIT_API = "1.11";
/** Range.getMergedAreasOrNullObject. */
export const MERGED_AREAS_API = "1.13";
/** WorksheetChangedEventArgs.triggerSource: our own writes are told apart from the user's. */
export const TRIGGER_SOURCE_API = "1.14";

export interface OfficeEnv {
  isSetSupported(name: string, version: string): boolean;
  /** True when the document is open read-only (`Office.context.document.mode`). */
  isReadOnly(): boolean;
}

export interface Features {
  basics: boolean;
  cellProperties: boolean;
  mergedAreas: boolean;
  /** getFileAsync(Compressed): merges read from the workbook's package where the API lacks them. */
  fileMerges: boolean;
  changeEvents: boolean;
  delayForCellEdit: boolean;
  triggerSource: boolean;
  /** SharedRuntime 1.1: the ribbon command and the pane share one runtime (memory, undo, showAsTaskpane). */
  sharedRuntime: boolean;
}

interface OfficeLike {
  context?: {
    requirements?: { isSetSupported?: (name: string, version?: string) => boolean };
    document?: { mode?: unknown };
  };
  DocumentMode?: { ReadOnly?: unknown };
}

/** Reads the real `Office` global lazily, so importing this module never touches Office. */
export function officeEnv(): OfficeEnv {
  const office = (): OfficeLike | undefined => (globalThis as { Office?: OfficeLike }).Office;
  return {
    isSetSupported: (name, version) =>
      office()?.context?.requirements?.isSetSupported?.(name, version) ?? false,
    isReadOnly: () => {
      const o = office();
      const mode = o?.context?.document?.mode;
      return mode !== undefined && mode === (o?.DocumentMode?.ReadOnly ?? "readOnly");
    },
  };
}

export function detectFeatures(env: OfficeEnv): Features {
  const excel = (v: string) => env.isSetSupported("ExcelApi", v);
  return {
    basics: excel(MIN_EXCEL_API),
    cellProperties: excel(CELL_PROPERTIES_API),
    mergedAreas: excel(MERGED_AREAS_API),
    fileMerges: env.isSetSupported("CompressedFile", "1.1"),
    changeEvents: excel(CHANGE_EVENTS_API),
    delayForCellEdit: excel(DELAY_FOR_CELL_EDIT_API),
    triggerSource: excel(TRIGGER_SOURCE_API),
    sharedRuntime: env.isSetSupported("SharedRuntime", "1.1"),
  };
}

/** The features this host lacks, in the order the pane lists them (empty on a current Excel). */
export type MissingFeature =
  "sharedRuntime" | "cellProperties" | "mergedAreas" | "changeEvents" | "delayForCellEdit";

export function missingFeatures(f: Features): MissingFeature[] {
  const out: MissingFeature[] = [];
  if (!f.sharedRuntime) out.push("sharedRuntime");
  if (!f.cellProperties) out.push("cellProperties");
  // Merges read from the package give the same reading: only a host with neither lacks them.
  if (!f.mergedAreas && !f.fileMerges) out.push("mergedAreas");
  if (!f.changeEvents) out.push("changeEvents");
  if (!f.delayForCellEdit) out.push("delayForCellEdit");
  return out;
}
