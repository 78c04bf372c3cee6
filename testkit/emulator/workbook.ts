// EmulatedWorkbook: the model, the request contexts that batch against it, Excel.run and the sync counter.
import { EmuOfficeError, ErrorCodes } from "./errors";
import { EmuWorkbook } from "./excel-objects";
import { cloneModel, isBlankCell, type EmuCell, type WorkbookModel } from "./model";
import {
  compareVersions,
  requireApi,
  type BatchOptions,
  type BatchState,
  type ChangeEvent,
  type ChangeHandler,
  type ContextLike,
  type Op,
} from "./proxy";

export interface EmulatorOptions {
  /**
   * Highest ExcelApi version the emulated host supports (default "1.13"). Every call above it
   * rejects its batch with ApiNotFound, as an older Excel does, and isSetSupported says no.
   */
  apiVersion?: string;
  /** "fail" makes every getMergedAreasOrNullObject load reject its batch (GeneralException). */
  mergedAreas?: "ok" | "fail";
  /** What getUsedRangeOrNullObject returns for an empty sheet: a null object (default) or A1. */
  emptyUsedRange?: "null" | "A1";
  /**
   * Largest response a sync may answer, in bytes of JSON (default 5 MB, Excel on the web's limit);
   * above it the sync rejects with ResponsePayloadSizeLimitExceeded. null = no limit (desktop).
   */
  payloadLimit?: number | null;
  /** Called before sync number `n` (1-based) runs: mutate `wb.model` to simulate a user edit. */
  beforeSync?: (n: number, wb: EmulatedWorkbook) => void;
  /**
   * SharedRuntime 1.1 (default true). False pretends to be an Excel whose ribbon commands run in a
   * runtime of their own (Excel 2019, Mac before 16.35): isSetSupported answers false, and
   * Office.addin.showAsTaskpane rejects as it does there.
   */
  sharedRuntime?: boolean;
  /** getFileAsync(Compressed) (default true, as on Windows and Mac; false as on the web). */
  compressedFile?: boolean;
}

export interface SyncRecord {
  /** Op locations in queue order, for diagnosing a failed test. */
  ops: string[];
  ok: boolean;
  /** Bytes of JSON the sync's loads answered. */
  responseBytes: number;
}

/** Excel on the web: 5 MB per request and per response. */
export const PAYLOAD_LIMIT = 5 * 1024 * 1024;

export class EmuRequestContext implements ContextLike {
  readonly workbook: EmuWorkbook;
  private queue: Op[] = [];
  private closed = false;

  constructor(private readonly host: EmulatedWorkbook) {
    this.workbook = new EmuWorkbook(this);
  }

  /** Kept for code that calls `context.trackedObjects.add(...)`; tracking has no effect here. */
  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };

  _queue(op: Op): void {
    if (this.closed) {
      throw new EmuOfficeError(
        ErrorCodes.invalidRequestContext,
        "Cannot use the object across different request contexts.",
        op.location
      );
    }
    this.queue.push(op);
  }

  get pendingCount(): number {
    return this.queue.length;
  }

  async sync(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    await this.host._execute(ops);
  }

  _close(): void {
    this.closed = true;
  }

  _reopen(): void {
    this.closed = false;
  }
}

export class EmulatedWorkbook {
  model: WorkbookModel;
  syncCount = 0;
  readonly syncs: SyncRecord[] = [];
  /** WorksheetCollection.onChanged handlers registered by the add-in (ExcelApi 1.9). */
  readonly changeHandlers = new Set<ChangeHandler>();
  /** The options object of each Excel.run call (undefined for `run(batch)`). */
  readonly runOptions: (object | undefined)[] = [];
  readonly options: Required<Omit<EmulatorOptions, "beforeSync" | "payloadLimit">> &
    Pick<EmulatorOptions, "beforeSync"> & { payloadLimit: number | null };

  constructor(model: WorkbookModel, options: EmulatorOptions = {}) {
    this.model = cloneModel(model);
    this.options = {
      apiVersion: options.apiVersion ?? "1.13",
      mergedAreas: options.mergedAreas ?? "ok",
      emptyUsedRange: options.emptyUsedRange ?? "null",
      payloadLimit: options.payloadLimit === undefined ? PAYLOAD_LIMIT : options.payloadLimit,
      beforeSync: options.beforeSync,
      sharedRuntime: options.sharedRuntime ?? true,
      compressedFile: options.compressedFile ?? true,
    };
  }

  /**
   * Excel.run: `run(batch)`, `run(options, batch)` or `run(context, batch)`; a final sync runs if the
   * batch left ops queued.
   */
  readonly run = async <T>(
    a: ((ctx: EmuRequestContext) => Promise<T>) | object,
    b?: (ctx: EmuRequestContext) => Promise<T>
  ): Promise<T> => {
    const batch = typeof a === "function" ? (a as (ctx: EmuRequestContext) => Promise<T>) : b;
    if (!batch) throw new TypeError("Excel.run needs a batch function");
    // Excel.run(context, batch) reuses an earlier batch's context (how an event handler is removed).
    let ctx: EmuRequestContext;
    if (a instanceof EmuRequestContext) {
      ctx = a;
      ctx._reopen();
    } else {
      this.runOptions.push(typeof a === "function" ? undefined : a);
      ctx = new EmuRequestContext(this);
    }
    try {
      const result = await batch(ctx);
      if (ctx.pendingCount > 0) await ctx.sync();
      return result;
    } finally {
      ctx._close();
    }
  };

  async _execute(ops: Op[]): Promise<void> {
    this.syncCount += 1;
    this.options.beforeSync?.(this.syncCount, this);
    const record: SyncRecord = { ops: ops.map((o) => o.location), ok: false, responseBytes: 0 };
    this.syncs.push(record);
    const batchOptions: BatchOptions = {
      mergedAreas: this.options.mergedAreas,
      emptyUsedRange: this.options.emptyUsedRange,
    };
    const state: BatchState = {
      model: cloneModel(this.model),
      apiVersion: this.options.apiVersion,
      options: batchOptions,
      commits: [],
      responseBytes: 0,
      handlers: this.changeHandlers,
      changed: [],
    };
    // A round trip is asynchronous in Office.js; keep it so for ordering realism.
    await Promise.resolve();
    for (const op of ops) {
      try {
        requireApi(state, op.api, op.location);
        op.run(state);
      } catch (e) {
        if (e instanceof EmuOfficeError) {
          if (!e.debugInfo.errorLocation) e.debugInfo.errorLocation = op.location;
          throw e;
        }
        throw new EmuOfficeError(ErrorCodes.generalException, String(e), op.location);
      }
    }
    record.responseBytes = state.responseBytes;
    const limit = this.options.payloadLimit;
    if (limit !== null && state.responseBytes > limit) {
      throw new EmuOfficeError(
        ErrorCodes.responsePayloadSizeLimitExceeded,
        `The response payload size has exceeded the limit (${state.responseBytes} bytes).`,
        record.ops[record.ops.length - 1]
      );
    }
    for (const sheet of state.model.sheets) {
      for (const [k, cell] of Object.entries(sheet.cells))
        if (isBlankCell(cell)) delete sheet.cells[k];
    }
    this.model = state.model;
    for (const c of state.commits) c();
    record.ok = true;
    for (const { sheet, address } of state.changed)
      this.fireChanged(sheet, address, "ThisLocalAddin");
  }

  /** Tells the onChanged handlers, later (as Excel does), that `address` on `sheet` changed. */
  fireChanged(sheet: string, address: string, source: "Local" | "ThisLocalAddin"): void {
    const event: ChangeEvent = { type: "WorksheetChanged", worksheetId: `{${sheet}}`, address };
    if (compareVersions(this.options.apiVersion, "1.14") >= 0) event.triggerSource = source;
    for (const h of [...this.changeHandlers]) void Promise.resolve().then(() => h(event));
  }

  resetSyncCount(): void {
    this.syncCount = 0;
    this.syncs.length = 0;
  }

  /** A deep copy of the model, JSON-able (for the browser bundle and for before/after comparisons). */
  toModelJSON(): WorkbookModel {
    return cloneModel(this.model);
  }

  cell(sheet: string, address: string): EmuCell | undefined {
    return this.model.sheets.find((s) => s.name === sheet)?.cells[address];
  }

  /** Edits a cell directly, as a user typing would (no sync counted; onChanged handlers hear it). */
  setCell(sheet: string, address: string, cell: EmuCell | undefined): void {
    const s = this.model.sheets.find((x) => x.name === sheet);
    if (!s) throw new Error(`no sheet ${sheet}`);
    if (cell) s.cells[address] = cell;
    else delete s.cells[address];
    this.fireChanged(sheet, address, "Local");
  }

  setProtected(sheet: string, value: boolean): void {
    const s = this.model.sheets.find((x) => x.name === sheet);
    if (!s) throw new Error(`no sheet ${sheet}`);
    s.protected = value;
  }
}
