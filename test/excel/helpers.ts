// Shared set-up of the adapter tests: fixture spec → emulator → port, and model comparisons.
import { buildWorkbook } from "../../testkit/fixtures/build";
import type { WorkbookSpec } from "../../testkit/fixtures/spec";
import { modelFromExcelJs } from "../../testkit/emulator/from-xlsx";
import { EmulatedWorkbook, type EmulatorOptions, type WorkbookModel } from "../../testkit/emulator";
import { emulatorDocumentFile, emulatorEnv, memoryUndoStore } from "../../testkit/emulator/port";
import { createExcelPort, type PortDeps, type RunExcel } from "../../src/excel/workbook-port";
import type { WorkbookPort } from "../../src/excel/port";

export function modelOf(spec: WorkbookSpec): WorkbookModel {
  return modelFromExcelJs(buildWorkbook(spec));
}

export function emulatorOf(spec: WorkbookSpec, options: EmulatorOptions = {}): EmulatedWorkbook {
  return new EmulatedWorkbook(modelOf(spec), options);
}

export { rejectionOf } from "./rejection";

export { memoryUndoStore };

export interface PortOptions extends PortDeps {
  readOnly?: boolean;
}

/** A port over the emulator, with its own undo store (a "new pane session") unless one is given. */
export function portOf(wb: EmulatedWorkbook, options: PortOptions = {}): WorkbookPort {
  return createExcelPort(wb.run as unknown as RunExcel, {
    publish: false,
    undoStore: memoryUndoStore(),
    env: emulatorEnv(wb, !!options.readOnly),
    documentFile: emulatorDocumentFile(wb),
    ...options,
  });
}

/** Every cell of a sheet without its fill: value, formula, number format. */
export function contentOf(model: WorkbookModel, sheet: string): Record<string, unknown> {
  const s = model.sheets.find((x) => x.name === sheet);
  const out: Record<string, unknown> = {};
  for (const [addr, cell] of Object.entries(s?.cells ?? {})) {
    const { value, formula, numberFormat } = cell;
    if (value === "" && !formula && (!numberFormat || numberFormat === "General")) continue;
    out[addr] = { value, formula, numberFormat: numberFormat ?? "General" };
  }
  return out;
}

export function fillsOf(model: WorkbookModel, sheet: string): Record<string, unknown> {
  const s = model.sheets.find((x) => x.name === sheet);
  const out: Record<string, unknown> = {};
  for (const [addr, cell] of Object.entries(s?.cells ?? {})) if (cell.fill) out[addr] = cell.fill;
  return out;
}
