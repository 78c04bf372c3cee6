// installOfficeGlobals: defines Office, Excel and OfficeExtension on globalThis over an EmulatedWorkbook.
import { compareVersions } from "./proxy";
import { EmuOfficeError, ErrorCodes } from "./errors";
import type { WorkbookModel } from "./model";
import { xlsxOfModel } from "./to-xlsx";
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
  /** How many times Office.addin.showAsTaskpane() was called (successfully or not). */
  showTaskpaneCalls: () => number;
  /** The URLs Office.context.ui.displayDialogAsync opened, in order. */
  dialogs: string[];
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
  const dialogs: string[] = [];
  const shared = workbook.options.sharedRuntime;
  const sets: Record<string, string> = {
    ...(shared ? { SharedRuntime: "1.1" } : {}),
    ...(workbook.options.compressedFile ? { CompressedFile: "1.1" } : {}),
    DialogApi: "1.1",
    ...(options.requirementSets ?? {}),
  };
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
      document: {
        mode: options.documentMode ?? "readWrite",
        // getFileAsync(Compressed): the model as a package, in one slice (Windows and Mac only).
        getFileAsync: (
          _type: string,
          _options: unknown,
          cb: (r: { status: string; value?: unknown; error?: { message: string } }) => void
        ) => {
          if (!workbook.options.compressedFile) {
            cb({ status: "failed", error: { message: "Compressed is not supported" } });
            return;
          }
          const data = xlsxOfModel(workbook.model);
          cb({
            status: "succeeded",
            value: {
              size: data.length,
              sliceCount: 1,
              getSliceAsync: (_i: number, done: (r: { status: string; value: unknown }) => void) =>
                done({ status: "succeeded", value: { data: Array.from(data), index: 0 } }),
              closeAsync: (done?: (r: { status: string }) => void) =>
                done?.({ status: "succeeded" }),
            },
          });
        },
      },
      ui: {
        displayDialogAsync: (
          url: string,
          _options: unknown,
          cb?: (r: { status: string }) => void
        ) => {
          dialogs.push(url);
          cb?.({ status: "succeeded" });
        },
      },
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
      // Without a shared runtime the ribbon's function file cannot open the pane (Office rejects).
      showAsTaskpane: () => {
        shown += 1;
        return shared
          ? Promise.resolve()
          : Promise.reject(
              new EmuOfficeError(ErrorCodes.apiNotFound, "SharedRuntime 1.1 is required.")
            );
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
    dialogs,
    uninstall: () => {
      KEYS.forEach((k, i) => {
        if (previous[i] === undefined) delete g[k];
        else g[k] = previous[i];
      });
    },
  };
}
