// One read batch per action: each sheet's used range, protection, merged areas and original fills → SheetData.
/* eslint-disable office-addins/call-sync-before-read, office-addins/call-sync-after-load -- the rule does not follow reads deferred into closures run after the caller's sync; the emulator enforces PropertyNotLoaded at run time */
import { toA1, type CellValue, type SheetData } from "../core";
import { stripSheet } from "./a1";
import type { OrigFill } from "./highlight-store";
import { refuse } from "./errors";
import type { Features } from "./requirements";

/** Beyond this the read is refused: the web payload limit (5 MB) is near and no form is this big. */
const MAX_CELLS = 200_000;

/**
 * getMergedAreasOrNullObject fails above ~512 areas, and a form has about one merge per row, so merges
 * are read in bands of whole rows (each band returns the merges whose top-left lies in it). The bands
 * are fixed, so the read stays one sync however many forms a sheet holds; a used range reaching below
 * the last band gets `merges: undefined` (unknown) and the core falls back to "blank continues above".
 */
const MERGE_BAND_ROWS = 200;
const MERGE_BANDS = 50;

const USED_PROPS = "address,rowIndex,columnIndex,rowCount,columnCount,values,formulas,numberFormat";

interface PendingSheet {
  sheet: Excel.Worksheet;
  used: Excel.Range;
  merges: Excel.RangeAreas[] | null;
  fills: OfficeExtension.ClientResult<Excel.CellProperties[][]> | null;
}

export interface SheetRead {
  name: string;
  protected: boolean;
  /** null = the sheet is empty. */
  data: SheetData | null;
  /** Raw `formulas` and `numberFormat` of the used range, to detect an edit made while we ran. */
  fingerprint: string;
  /** Original fill of a cell, from getCellProperties; undefined = not read (old API or outside the used range). */
  fillAt(cell: string): OrigFill | undefined;
}

/** Queues the loads of one sheet; nothing is read until the caller syncs. */
function queueSheetRead(
  sheet: Excel.Worksheet,
  features: Features,
  withMerges: boolean
): PendingSheet {
  sheet.load("name");
  sheet.protection.load("protected");
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load(USED_PROPS); // eslint-disable-line office-addins/no-empty-load -- a constant list, not empty
  let merges: Excel.RangeAreas[] | null = null;
  if (withMerges) {
    merges = Array.from({ length: MERGE_BANDS }, (_, i) => {
      const band = `${i * MERGE_BAND_ROWS + 1}:${(i + 1) * MERGE_BAND_ROWS}`;
      const areas = sheet.getRange(band).getMergedAreasOrNullObject();
      areas.load("areas/items/address");
      return areas;
    });
  }
  let fills: PendingSheet["fills"] = null;
  if (features.cellProperties) {
    // getUsedRange (not OrNull) so that an empty sheet does not reject the whole batch.
    fills = sheet.getUsedRange(true).getCellProperties({
      format: { fill: { color: true, pattern: true, tintAndShade: true } },
    });
  }
  return { sheet, used, merges, fills };
}

function isMergeFailure(e: unknown): boolean {
  const err = e as { code?: string; debugInfo?: { errorLocation?: string } };
  if (err?.debugInfo?.errorLocation?.includes("getMergedAreas")) return true;
  return err?.code === "GeneralException" || err?.code === "InvalidOperation";
}

/**
 * Reads every target sheet plus whatever `extras` queues, in one sync. When merged areas make the
 * batch fail (they may above ~512 areas), retries once without them: the only path with a 2nd sync.
 */
export async function readSheets<X>(
  context: Excel.RequestContext,
  targets: ((ctx: Excel.RequestContext) => Excel.Worksheet)[],
  features: Features,
  extras: () => X
): Promise<{ sheets: SheetRead[]; extra: X; mergesRead: boolean }> {
  const attempt = async (withMerges: boolean) => {
    const pending = targets.map((t) => queueSheetRead(t(context), features, withMerges));
    const extra = extras();
    await context.sync();
    return { sheets: pending.map(finishSheetRead), extra, mergesRead: withMerges };
  };
  if (!features.mergedAreas) return attempt(false);
  try {
    return await attempt(true);
  } catch (e) {
    if (!isMergeFailure(e)) throw e;
    return attempt(false);
  }
}

function isEmpty(used: Excel.Range): boolean {
  if (used.isNullObject) return true;
  // Worksheet.getUsedRange on a blank sheet answers A1 holding "" (some hosts do it for OrNull too).
  return (
    used.rowCount * used.columnCount === 1 &&
    used.values?.[0]?.[0] === "" &&
    (used.formulas?.[0]?.[0] ?? "") === ""
  );
}

function finishSheetRead(p: PendingSheet): SheetRead {
  const name = p.sheet.name;
  const isProtected = p.sheet.protection.protected;
  if (isEmpty(p.used)) {
    return { name, protected: isProtected, data: null, fingerprint: "", fillAt: () => undefined };
  }
  const cellCount = p.used.rowCount * p.used.columnCount;
  const raw = p.used.values as unknown[][] | null;
  if (!raw || cellCount > MAX_CELLS)
    throw refuse({ kind: "sheetTooLarge", sheet: name, cells: cellCount });
  const top = p.used.rowIndex;
  const left = p.used.columnIndex;
  const formulasRaw = p.used.formulas as unknown[][];
  const formats = p.used.numberFormat as unknown[][];
  const values: CellValue[][] = raw.map((line) =>
    line.map((v) => (v === "" || v === undefined ? null : (v as CellValue)))
  );
  const formulas = formulasRaw.map((line) =>
    line.map((f) => (typeof f === "string" && f.startsWith("=") ? f : null))
  );
  const numberFormats = formats.map((line) => line.map((f) => (typeof f === "string" ? f : null)));
  const data: SheetData = { name, top, left, values, formulas, numberFormats };
  const lastRow = top + p.used.rowCount - 1;
  if (p.merges && lastRow < MERGE_BANDS * MERGE_BAND_ROWS) {
    data.merges = p.merges.flatMap((band) =>
      band.isNullObject ? [] : band.areas.items.map((a) => stripSheet(a.address))
    );
  }
  const fingerprint = JSON.stringify([p.used.address, formulasRaw, formats]);
  return {
    name,
    protected: isProtected,
    data,
    fingerprint,
    fillAt: fillLookup(p.fills, top, left),
  };
}

function fillLookup(
  fills: PendingSheet["fills"],
  top: number,
  left: number
): (cell: string) => OrigFill | undefined {
  if (!fills) return () => undefined;
  const props = fills.value;
  const byCell = new Map<string, OrigFill>();
  props.forEach((line, r) =>
    line.forEach((p, c) => {
      const f = p.format?.fill;
      if (f)
        byCell.set(
          toA1(top + r, left + c),
          origFill(f.color ?? null, f.pattern ?? null, f.tintAndShade)
        );
    })
  );
  return (cell) => byCell.get(cell);
}

/**
 * A fill as Office.js reports it → what to restore. No Fill reads back as white; with ExcelApi 1.9 it is
 * told apart by pattern `None` / tintAndShade null, without it white is taken for No Fill.
 */
export function origFill(
  color: string | null,
  pattern: string | null | undefined,
  tint: number | null | undefined
): OrigFill {
  if (pattern === "None") return { color: null };
  if (pattern === undefined && (color === null || color.toUpperCase() === "#FFFFFF"))
    return { color: null };
  if (pattern === null && tint === null && (color ?? "#FFFFFF").toUpperCase() === "#FFFFFF")
    return { color: null };
  const out: OrigFill = { color: color ? color.toUpperCase() : null };
  if (pattern && pattern !== "Solid") out.pattern = pattern;
  if (typeof tint === "number" && tint !== 0) out.tintAndShade = tint;
  return out;
}

/** Queues a per-cell fill load (the fallback when getCellProperties did not cover the cell). */
export function queueFillRead(
  context: Excel.RequestContext,
  sheet: string,
  cell: string,
  features: Features
): () => OrigFill {
  const fill = context.workbook.worksheets.getItem(sheet).getRange(cell).format.fill;
  fill.load(features.cellProperties ? "color,pattern,tintAndShade" : "color");
  return () =>
    features.cellProperties
      ? origFill(fill.color, fill.pattern, fill.tintAndShade)
      : origFill(fill.color, undefined, undefined);
}

/** Queues the re-read that detects an edit made between our read and our write. */
export function queueFingerprint(context: Excel.RequestContext, sheet: string): () => string {
  const used = context.workbook.worksheets.getItem(sheet).getUsedRangeOrNullObject(true);
  used.load("address,formulas,numberFormat");
  return () =>
    used.isNullObject ? "" : JSON.stringify([used.address, used.formulas, used.numberFormat]);
}
