// A WorkbookPort over the emulator for the property, catalogue and bench runs (a fresh undo store each time).
import { createExcelPort, type RunExcel } from "../../src/excel/workbook-port";
import type { WorkbookPort } from "../../src/excel/port";
import type { OfficeEnv } from "../../src/excel/requirements";
import type { UndoSnapshot, UndoStore } from "../../src/excel/undo-snapshot";
import { EmulatedWorkbook, type EmulatorOptions, type WorkbookModel } from ".";
import { compareVersions } from "./proxy";
import { xlsxOfModel } from "./to-xlsx";

export function memoryUndoStore(): UndoStore {
  let s: UndoSnapshot | null = null;
  return { get: () => s, set: (v) => (s = v) };
}

/**
 * The host as the emulator answers it: ExcelApi up to its version, SharedRuntime 1.1 and
 * CompressedFile 1.1 unless switched off (an Excel 2019 without a shared runtime, Excel on the web
 * without getFileAsync(Compressed)), read-only when asked.
 */
export function emulatorEnv(wb: EmulatedWorkbook, readOnly = false): OfficeEnv {
  const sets: Record<string, string | null> = {
    ExcelApi: wb.options.apiVersion,
    SharedRuntime: wb.options.sharedRuntime ? "1.1" : null,
    CompressedFile: wb.options.compressedFile ? "1.1" : null,
  };
  return {
    isSetSupported: (name, version) => {
      const have = sets[name];
      return typeof have === "string" && compareVersions(have, version) >= 0;
    },
    isReadOnly: () => readOnly,
  };
}

/** getFileAsync(Compressed) over the emulator: the model as it is now, saved as .xlsx. */
export function emulatorDocumentFile(wb: EmulatedWorkbook): () => Promise<Uint8Array> {
  return () =>
    wb.options.compressedFile
      ? Promise.resolve(xlsxOfModel(wb.model))
      : Promise.reject(new Error("getFileAsync(Compressed) is not supported here"));
}

export function emulatorPort(
  model: WorkbookModel,
  options: EmulatorOptions = {}
): { wb: EmulatedWorkbook; port: WorkbookPort } {
  const wb = new EmulatedWorkbook(model, options);
  const port = createExcelPort(wb.run as unknown as RunExcel, {
    publish: false,
    undoStore: memoryUndoStore(),
    env: emulatorEnv(wb),
    documentFile: emulatorDocumentFile(wb),
  });
  return { wb, port };
}

/** Every non-blank cell's content (value, formula, number format), fills left out. */
export function contentOf(model: WorkbookModel): Record<string, string> {
  const out: Record<string, string> = {};
  for (const sheet of model.sheets) {
    for (const [addr, cell] of Object.entries(sheet.cells)) {
      const format = cell.numberFormat ?? "General";
      if (cell.value === "" && !cell.formula && format === "General") continue;
      out[`${sheet.name}!${addr}`] = JSON.stringify([cell.value, cell.formula ?? null, format]);
    }
  }
  return out;
}
