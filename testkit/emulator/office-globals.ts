// installOfficeGlobals: defines Office, Excel and OfficeExtension on globalThis over an EmulatedWorkbook.
import { compareVersions } from "./proxy";
import { EmuOfficeError, ErrorCodes } from "./errors";
import type { WorkbookModel } from "./model";
import { EmulatedWorkbook, EmuRequestContext, type EmulatorOptions } from "./workbook";

export interface OfficeGlobalsOptions extends EmulatorOptions {
  /** `Office.context.document.mode`: "readWrite" (default) or "readOnly". */
  documentMode?: "readWrite" | "readOnly";
  displayLanguage?: string;
  officeTheme?: {
    bodyBackgroundColor: string;
    bodyForegroundColor: string;
    controlBackgroundColor: string;
    controlForegroundColor: string;
  };
  /** Versions of other requirement sets (SharedRuntime, ...); ExcelApi comes from `apiVersion`. */
  requirementSets?: Record<string, string>;
}

export interface InstalledOffice {
  workbook: EmulatedWorkbook;
  /** Functions registered with Office.actions.associate, by id. */
  actions: Map<string, (event: unknown) => unknown>;
  /** How many times Office.addin.showAsTaskpane() was called. */
  showTaskpaneCalls: () => number;
  uninstall: () => void;
}

const KEYS = ["Office", "Excel", "OfficeExtension"] as const;

export function installOfficeGlobals(
  source: WorkbookModel | EmulatedWorkbook,
  options: OfficeGlobalsOptions = {}
): InstalledOffice {
  const workbook =
    source instanceof EmulatedWorkbook ? source : new EmulatedWorkbook(source, options);
  const actions = new Map<string, (event: unknown) => unknown>();
  let shown = 0;
  const sets: Record<string, string> = { SharedRuntime: "1.1", ...(options.requirementSets ?? {}) };
  const g = globalThis as Record<string, unknown>;
  const previous = KEYS.map((k) => g[k]);

  g.Office = {
    HostType: { Excel: "Excel" },
    PlatformType: { OfficeOnline: "OfficeOnline", PC: "PC", Mac: "Mac" },
    DocumentMode: { ReadOnly: "readOnly", ReadWrite: "readWrite" },
    EventType: { OfficeThemeChanged: "officeThemeChanged" },
    onReady: (cb?: (info: { host: string; platform: string }) => void) => {
      const info = { host: "Excel", platform: "OfficeOnline" };
      cb?.(info);
      return Promise.resolve(info);
    },
    context: {
      displayLanguage: options.displayLanguage ?? "zh-CN",
      officeTheme: options.officeTheme,
      document: { mode: options.documentMode ?? "readWrite" },
      requirements: {
        isSetSupported: (name: string, version?: string | number): boolean => {
          const have = name === "ExcelApi" ? workbook.options.apiVersion : sets[name];
          if (have === undefined) return false;
          return version === undefined || compareVersions(have, String(version)) >= 0;
        },
      },
    },
    actions: {
      associate: (id: string, fn: (event: unknown) => unknown) => {
        actions.set(id, fn);
      },
    },
    addin: {
      showAsTaskpane: () => {
        shown += 1;
        return Promise.resolve();
      },
      hide: () => Promise.resolve(),
    },
  };
  /** `new Excel.RequestContext()` talks to the installed workbook, like the real one talks to the host. */
  class RequestContext extends EmuRequestContext {
    constructor() {
      super(workbook);
    }
  }
  g.Excel = { run: workbook.run, ErrorCodes, RequestContext };
  g.OfficeExtension = { Error: EmuOfficeError, ErrorCodes };

  return {
    workbook,
    actions,
    showTaskpaneCalls: () => shown,
    uninstall: () => {
      KEYS.forEach((k, i) => {
        if (previous[i] === undefined) delete g[k];
        else g[k] = previous[i];
      });
    },
  };
}
