// The in-repo Excel emulator: DOM-free, Node-free, bundlable into the browser for the e2e tests.
export { EmulatedWorkbook, EmuRequestContext } from "./workbook";
export type { EmulatorOptions, SyncRecord } from "./workbook";
export { installOfficeGlobals } from "./office-globals";
export type { InstalledOffice, OfficeGlobalsOptions } from "./office-globals";
export { EmuOfficeError, ErrorCodes } from "./errors";
export type { EmuCell, EmuFill, EmuSheet, EmuValue, EmuVisibility, WorkbookModel } from "./model";
export { cloneModel } from "./model";
