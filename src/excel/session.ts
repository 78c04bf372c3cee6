// What every action shares: Excel.run with delayForCellEdit, the feature check, the core, the undo store, publishing.
import {
  evaluate as coreEvaluate,
  type EvaluateOptions,
  type Evaluation,
  type SheetData,
} from "../core";
import { officeDocumentFile, type DocumentFile } from "./document-file";
import { refuse, toAddinError } from "./errors";
import { setLastError, setLastResult } from "./last-result";
import type { ActionKind, ActionResult } from "./port";
import {
  detectFeatures,
  MIN_EXCEL_API,
  officeEnv,
  type Features,
  type OfficeEnv,
} from "./requirements";
import { sessionUndoStore, type UndoStore } from "./undo-snapshot";

export type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

/** `Excel.run` (or the emulator's run): injected so tests drive the adapter against the emulator. */
export interface RunExcel {
  <T>(batch: Batch<T>): Promise<T>;
  <T>(options: Excel.RunOptions, batch: Batch<T>): Promise<T>;
  /** Reuses an earlier batch's context (Office.js: how an event handler added there is removed). */
  <T>(context: Excel.RequestContext, batch: Batch<T>): Promise<T>;
}
export type Evaluate = (sheets: SheetData[], options?: EvaluateOptions) => Evaluation;

export interface PortDeps {
  evaluate?: Evaluate;
  env?: OfficeEnv;
  undoStore?: UndoStore;
  /** Publish every outcome to the last-result store (default true). */
  publish?: boolean;
  /** The workbook as .xlsx bytes (Office's getFileAsync by default), for merges below ExcelApi 1.13. */
  documentFile?: DocumentFile;
}

export interface Session {
  run<T>(batch: Batch<T>): Promise<T>;
  /** Excel.run(context, batch): a batch in the context an earlier one created. */
  runIn<T>(context: Excel.RequestContext, batch: Batch<T>): Promise<T>;
  /** The host's features; refuses (apiUnsupported) below the basics. */
  features(): Features;
  evaluate: Evaluate;
  env: OfficeEnv;
  undoStore: UndoStore;
  documentFile: DocumentFile;
  /** Runs an action's body and publishes its result or its error (as an AddinError). */
  act(action: ActionKind, body: () => Promise<ActionResult>): Promise<ActionResult>;
}

export function createSession(excelRun: RunExcel, deps: PortDeps = {}): Session {
  const evaluate = deps.evaluate ?? coreEvaluate;
  const env = deps.env ?? officeEnv();
  const publish = deps.publish ?? true;
  return {
    /**
     * With ExcelApi 1.11 a batch waits while the user is editing a cell instead of failing. ExcelApi
     * 1.20's `mergeUndoGroup` is not used: our settings writes may not support undo and would make the
     * whole batch throw UndoNotSupported (docs/architecture.md); 撤销 is our own.
     */
    run: <T>(batch: Batch<T>): Promise<T> =>
      detectFeatures(env).delayForCellEdit
        ? excelRun({ delayForCellEdit: true }, batch)
        : excelRun(batch),
    runIn: <T>(context: Excel.RequestContext, batch: Batch<T>): Promise<T> =>
      excelRun(context, batch),
    features: () => {
      const f = detectFeatures(env);
      if (!f.basics) throw refuse({ kind: "apiUnsupported", version: MIN_EXCEL_API });
      return f;
    },
    evaluate,
    env,
    undoStore: deps.undoStore ?? sessionUndoStore,
    documentFile: deps.documentFile ?? officeDocumentFile(),
    act: async (action, body) => {
      try {
        const result = await body();
        if (publish) setLastResult(result);
        return result;
      } catch (e) {
        const err = toAddinError(e);
        if (publish) setLastError(action, err);
        throw err;
      }
    },
  };
}
