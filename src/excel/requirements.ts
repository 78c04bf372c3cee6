// Which Office capabilities the host has: ExcelApi sets (via isSetSupported) and the document mode.

/** The lowest set the basics need (getUsedRangeOrNullObject, workbook.settings, getItemOrNullObject). */
export const MIN_EXCEL_API = "1.4";
/** getCellProperties + fill.pattern/tintAndShade: original fills in the read batch, No Fill ≠ white. */
const CELL_PROPERTIES_API = "1.9";
/** Excel.run({delayForCellEdit}): wait for the user to leave cell edit mode. */
export const DELAY_FOR_CELL_EDIT_API = "1.11";
/** Range.getMergedAreasOrNullObject. */
const MERGED_AREAS_API = "1.13";

export interface OfficeEnv {
  isSetSupported(name: string, version: string): boolean;
  /** True when the document is open read-only (`Office.context.document.mode`). */
  isReadOnly(): boolean;
}

export interface Features {
  basics: boolean;
  cellProperties: boolean;
  mergedAreas: boolean;
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
  return {
    basics: env.isSetSupported("ExcelApi", MIN_EXCEL_API),
    cellProperties: env.isSetSupported("ExcelApi", CELL_PROPERTIES_API),
    mergedAreas: env.isSetSupported("ExcelApi", MERGED_AREAS_API),
  };
}
