// One read batch per action: each sheet's used range, protection, merged areas and original fills → SheetData.
/* eslint-disable office-addins/call-sync-before-read, office-addins/call-sync-after-load -- the rule does not follow reads deferred into closures run after the caller's sync; the emulator enforces PropertyNotLoaded at run time */
import { toA1, type CellValue, type SheetData } from "../core";
import { stripSheet } from "./a1";
import type { OrigFill } from "./highlight-store";
import { refuse } from "./errors";
import type { Features } from "./requirements";

/**
 * Excel on the web answers at most 5 MB per request (ResponsePayloadSizeLimitExceeded), and a cell
 * costs about 100 bytes in the first read (values, formulas, numberFormat ≈ 25, fill properties ≈ 75).
 * So the first read takes a window of at most FIRST_READ_CELLS from each used range's top-left,
 * shared among the sheets read; a used range that fits (every form sheet we have seen) is then read
 * in that one sync, as before.
 */
const FIRST_READ_CELLS = 40_000;
const WINDOW_COLS = 16;
const MIN_WINDOW_ROWS = 100;
/** A used range beyond its window is read in row bands of this many cells each (≈ 25 bytes a cell). */
const BAND_CELLS = 120_000;
/** Beyond this a sheet is refused: 25 band syncs; a used range that big is data, not a form. */
const MAX_CELLS = 3_000_000;
/**
 * A sheet larger than its window is read further only when Excel finds a form label on it
 * (Range.find, ExcelApi 1.9, like getCellProperties): a sheet of exported data costs its small window.
 * Every form has one of these in its funding or indicator header (全年预算数, 一级指标 …).
 */
const PROBE_LABELS = ["指标", "预算"];

/**
 * getMergedAreasOrNullObject fails above ~512 areas, and a form has about one merge per row, so merges
 * are read in bands of whole rows (each band returns the merges whose top-left lies in it). The first
 * read asks fixed bands, so it stays one sync however many forms a sheet holds; a sheet read in row
 * bands gets the merges below them with each band. A rejected merge read is retried once without
 * merges, and the core then falls back to "a blank label continues the one above".
 */
const MERGE_BAND_ROWS = 200;
const MERGE_BANDS = 50;
const MERGE_ROWS = MERGE_BAND_ROWS * MERGE_BANDS;

const DIM_PROPS = "address,rowIndex,columnIndex,rowCount,columnCount";
const DATA_PROPS = "values,formulas,numberFormat";

interface PendingSheet {
  sheet: Excel.Worksheet;
  used: Excel.Range;
  window: Excel.Range;
  windowRows: number;
  merges: Excel.RangeAreas[] | null;
  fills: OfficeExtension.ClientResult<Excel.CellProperties[][]> | null;
  probes: Excel.Range[];
}

export interface SheetRead {
  name: string;
  protected: boolean;
  /** null = the sheet is empty. */
  data: SheetData | null;
  /** Used range address + `formulas` and `numberFormat` of the first-read window, to detect an edit made while we ran. */
  fingerprint: string;
  /** Rows of the window the fingerprint covers (re-read the same window before writing). */
  windowRows: number;
  /** Original fill of a cell, from getCellProperties; undefined = not read (old API or outside the window). */
  fillAt(cell: string): OrigFill | undefined;
}

/** The top-left `rows` × WINDOW_COLS of the used range (the used range itself when it is smaller). */
function windowOf(all: Excel.Range, rows: number): Excel.Range {
  // getCell may point past the range (not past the grid); the intersection crops it to the used range.
  return all.getIntersection(
    all.getCell(0, 0).getBoundingRect(all.getCell(rows - 1, WINDOW_COLS - 1))
  );
}

/** Queues the loads of one sheet; nothing is read until the caller syncs. */
function queueSheetRead(
  sheet: Excel.Worksheet,
  features: Features,
  withMerges: boolean,
  windowRows: number
): PendingSheet {
  sheet.load("name");
  sheet.protection.load("protected");
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load(DIM_PROPS); // eslint-disable-line office-addins/no-empty-load -- a constant list, not empty
  // getUsedRange (not OrNull) so that an empty sheet (A1) does not reject the whole batch.
  const all = sheet.getUsedRange(true);
  const window = windowOf(all, windowRows);
  window.load(DATA_PROPS);
  let merges: Excel.RangeAreas[] | null = null;
  if (withMerges) merges = queueMerges(sheet, 0, MERGE_ROWS - 1);
  let fills: PendingSheet["fills"] = null;
  const probes: Excel.Range[] = [];
  if (features.cellProperties) {
    fills = window.getCellProperties({
      format: { fill: { color: true, pattern: true, tintAndShade: true } },
    });
    for (const label of PROBE_LABELS) {
      const hit = all.findOrNullObject(label, { completeMatch: false, matchCase: false });
      hit.load("address");
      probes.push(hit);
    }
  }
  return { sheet, used, window, windowRows, merges, fills, probes };
}

/** Merge reads of rows `top`..`bottom` (0-based), in bands of MERGE_BAND_ROWS whole rows. */
function queueMerges(sheet: Excel.Worksheet, top: number, bottom: number): Excel.RangeAreas[] {
  const out: Excel.RangeAreas[] = [];
  for (let r = top; r <= bottom; r += MERGE_BAND_ROWS) {
    const last = Math.min(r + MERGE_BAND_ROWS - 1, bottom);
    const areas = sheet.getRange(`${r + 1}:${last + 1}`).getMergedAreasOrNullObject();
    areas.load("areas/items/address");
    out.push(areas);
  }
  return out;
}

function isPayloadTooLarge(e: unknown): boolean {
  const code = (e as { code?: string })?.code;
  return code === "ResponsePayloadSizeLimitExceeded" || code === "RequestPayloadSizeLimitExceeded";
}

/**
 * Runs `attempt(rows)`; when Excel refuses the answer as too large (long texts make a cell cost far
 * more than the estimate), halves the rows and tries again, down to `min` — at most a few more syncs.
 */
async function halvingOnPayload<T>(
  rows: number,
  min: number,
  attempt: (rows: number) => Promise<T>
): Promise<T> {
  for (let n = rows; ; n = Math.floor(n / 2)) {
    try {
      return await attempt(n);
    } catch (e) {
      if (!isPayloadTooLarge(e) || Math.floor(n / 2) < Math.max(min, 1)) throw e;
    }
  }
}

function isMergeFailure(e: unknown): boolean {
  const err = e as { code?: string; debugInfo?: { errorLocation?: string } };
  if (err?.debugInfo?.errorLocation?.includes("getMergedAreas")) return true;
  return err?.code === "GeneralException" || err?.code === "InvalidOperation";
}

/** Calls `attempt(true)`; when merged areas make the batch fail, retries once without them. */
async function withMergeRetry<T>(
  mergesWanted: boolean,
  attempt: (withMerges: boolean) => Promise<T>
): Promise<T> {
  if (!mergesWanted) return attempt(false);
  try {
    return await attempt(true);
  } catch (e) {
    if (!isMergeFailure(e)) throw e;
    return attempt(false);
  }
}

/** How many syncs the last `readSheets` took (the first read plus its row bands), for tests and the bench. */
export interface ReadStats {
  syncs: number;
  /** Sheets read in row bands after the first read. */
  banded: number;
  /** Sheets larger than their window on which no form label was found: not read further. */
  skipped: number;
}

/**
 * Reads every target sheet plus whatever `extras` queues: one sync for sheets that fit their window,
 * then row bands (BAND_CELLS a sync, independent of the number of forms) for the larger ones that
 * hold a form label. When merged areas make a batch fail (they may above ~512 areas), retries it once
 * without them.
 */
export async function readSheets<X>(
  context: Excel.RequestContext,
  targets: ((ctx: Excel.RequestContext) => Excel.Worksheet)[],
  features: Features,
  extras: () => X
): Promise<{ sheets: SheetRead[]; extra: X; mergesRead: boolean; stats: ReadStats }> {
  const windowRows = Math.max(
    MIN_WINDOW_ROWS,
    Math.floor(FIRST_READ_CELLS / WINDOW_COLS / Math.max(targets.length, 1))
  );
  const stats: ReadStats = { syncs: 0, banded: 0, skipped: 0 };
  const first = await halvingOnPayload(windowRows, MIN_WINDOW_ROWS / 4, (rows) =>
    withMergeRetry(features.mergedAreas, async (withMerges) => {
      const pending = targets.map((t) => queueSheetRead(t(context), features, withMerges, rows));
      const extra = extras();
      stats.syncs++;
      await context.sync();
      return { pending, extra, withMerges };
    })
  );
  const sheets: SheetRead[] = [];
  const large: { index: number; p: PendingSheet }[] = [];
  first.pending.forEach((p, index) => {
    const read = finishSheetRead(p);
    sheets.push(read);
    if (read.data || isEmpty(p)) return;
    // Larger than its window: read on only where a form label was found (or cannot be looked for).
    if (p.probes.length && p.probes.every((h) => h.isNullObject)) {
      stats.skipped++;
      sheets[index] = { ...read, data: windowData(p) };
      return;
    }
    const cells = p.used.rowCount * p.used.columnCount;
    if (cells > MAX_CELLS) throw refuse({ kind: "sheetTooLarge", sheet: read.name, cells });
    large.push({ index, p });
  });
  for (const { index, p } of large) {
    sheets[index] = {
      ...sheets[index],
      data: await readBands(context, p, first.withMerges, stats),
    };
    stats.banded++;
  }
  return { sheets, extra: first.extra, mergesRead: first.withMerges, stats };
}

function isEmpty(p: PendingSheet): boolean {
  const used = p.used;
  if (used.isNullObject) return true;
  // Worksheet.getUsedRange on a blank sheet answers A1 holding "" (some hosts do it for OrNull too).
  return (
    used.rowCount * used.columnCount === 1 &&
    p.window.values?.[0]?.[0] === "" &&
    (p.window.formulas?.[0]?.[0] ?? "") === ""
  );
}

function fits(p: PendingSheet): boolean {
  return p.used.rowCount <= p.windowRows && p.used.columnCount <= WINDOW_COLS;
}

function finishSheetRead(p: PendingSheet): SheetRead {
  const name = p.sheet.name;
  const isProtected = p.sheet.protection.protected;
  const base = { name, protected: isProtected, windowRows: p.windowRows };
  if (isEmpty(p)) return { ...base, data: null, fingerprint: "", fillAt: () => undefined };
  const fingerprint = JSON.stringify([p.used.address, p.window.formulas, p.window.numberFormat]);
  const fillAt = fillLookup(p.fills, p.used.rowIndex, p.used.columnIndex);
  const data = fits(p) ? windowData(p) : null;
  if (data && p.merges && p.used.rowIndex + p.used.rowCount - 1 < MERGE_ROWS)
    data.merges = mergesOf(p.merges);
  return { ...base, data, fingerprint, fillAt };
}

/** The window as SheetData (all of the used range when it fits). */
function windowData(p: PendingSheet): SheetData {
  return toSheetData(
    p.sheet.name,
    p.used.rowIndex,
    p.used.columnIndex,
    p.window.values as unknown[][],
    p.window.formulas as unknown[][],
    p.window.numberFormat as unknown[][]
  );
}

function mergesOf(bands: Excel.RangeAreas[]): string[] {
  return bands.flatMap((band) =>
    band.isNullObject ? [] : band.areas.items.map((a) => stripSheet(a.address))
  );
}

function toSheetData(
  name: string,
  top: number,
  left: number,
  raw: unknown[][],
  formulasRaw: unknown[][],
  formats: unknown[][]
): SheetData {
  const values: CellValue[][] = raw.map((line) =>
    line.map((v) => (v === "" || v === undefined ? null : (v as CellValue)))
  );
  const formulas = formulasRaw.map((line) =>
    line.map((f) => (typeof f === "string" && f.startsWith("=") ? f : null))
  );
  const numberFormats = formats.map((line) => line.map((f) => (typeof f === "string" ? f : null)));
  return { name, top, left, values, formulas, numberFormats };
}

/**
 * The whole used range of a sheet larger than its window, in row bands of at most BAND_CELLS, one
 * band a sync: ⌈cells ÷ BAND_CELLS⌉ syncs, whatever the number of forms. Merges below the first
 * read's bands come with each band.
 */
async function readBands(
  context: Excel.RequestContext,
  p: PendingSheet,
  mergesWanted: boolean,
  stats: ReadStats
): Promise<SheetData> {
  const { rowIndex: top, columnIndex: left, rowCount, columnCount } = p.used;
  const sheet = p.sheet;
  const values: unknown[][] = [];
  const formulas: unknown[][] = [];
  const formats: unknown[][] = [];
  let merges: string[] | undefined = p.merges ? mergesOf(p.merges) : undefined;
  let bandRows = Math.max(1, Math.floor(BAND_CELLS / columnCount));
  for (let r = 0; r < rowCount;) {
    const band = await halvingOnPayload(Math.min(bandRows, rowCount - r), 1, (rows) =>
      withMergeRetry(mergesWanted && merges !== undefined, async (withMerges) => {
        const range = sheet.getRange(
          `${toA1(top + r, left)}:${toA1(top + r + rows - 1, left + columnCount - 1)}`
        );
        range.load(DATA_PROPS); // eslint-disable-line office-addins/no-empty-load -- a constant list, not empty
        const bottom = top + r + rows - 1;
        const below = Math.max(top + r, MERGE_ROWS);
        const areas = withMerges && bottom >= below ? queueMerges(sheet, below, bottom) : [];
        stats.syncs++;
        // One band a sync is the point: each request stays under the 5 MB payload limit.
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
        return { range, areas, withMerges, rows };
      })
    );
    // Text-heavy rows: a band that had to be halved stays at its smaller size for the rest.
    bandRows = band.rows;
    r += band.rows;
    values.push(...(band.range.values as unknown[][]));
    formulas.push(...(band.range.formulas as unknown[][]));
    formats.push(...(band.range.numberFormat as unknown[][]));
    merges = band.withMerges && merges ? [...merges, ...mergesOf(band.areas)] : undefined;
  }
  const data = toSheetData(sheet.name, top, left, values, formulas, formats);
  if (merges) data.merges = merges;
  return data;
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

/** Queues the re-read that detects an edit made between our read and our write (the same window). */
export function queueFingerprint(context: Excel.RequestContext, read: SheetRead): () => string {
  const sheet = context.workbook.worksheets.getItem(read.name);
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("address");
  const window = windowOf(sheet.getUsedRange(true), read.windowRows);
  window.load("formulas,numberFormat");
  return () =>
    used.isNullObject ? "" : JSON.stringify([used.address, window.formulas, window.numberFormat]);
}
