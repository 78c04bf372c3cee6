// The adapter over installed Office globals (as in the pane and the ribbon): select, ribbon entry, shared store.
import { createExcelPort, type RunExcel } from "../../src/excel/workbook-port";
import { recomputeActiveSheet } from "../../src/excel/ribbon";
import {
  clearLastOutcome,
  getLastOutcome,
  subscribeLastOutcome,
} from "../../src/excel/last-result";
import { officeEnv } from "../../src/excel/requirements";
import { sessionUndoStore } from "../../src/excel/undo-snapshot";
import { mistakesForm } from "../../testkit/fixtures/mistakes";
import { installOfficeGlobals, type InstalledOffice } from "../../testkit/emulator";
import { modelOf, rejectionOf } from "./helpers";

const SPEC = {
  sheets: [
    { name: "表1", forms: [{ form: mistakesForm("shanxi") }] },
    { name: "表2", forms: [{ form: mistakesForm("shanxi") }] },
  ],
};

describe("adapter over Office globals", () => {
  let office: InstalledOffice;
  afterEach(() => {
    office?.uninstall();
    clearLastOutcome();
    sessionUndoStore.set(null);
  });

  function install(options: Parameters<typeof installOfficeGlobals>[1] = {}) {
    office = installOfficeGlobals(modelOf(SPEC), options);
    return createExcelPort(Excel.run as RunExcel);
  }

  it("select activates the sheet and selects the cell", async () => {
    const port = install();
    await port.select("表2", "I7");
    expect(office.workbook.model.activeSheet).toBe("表2");
    expect(office.workbook.model.selected).toEqual({ sheet: "表2", address: "I7" });
    expect(office.workbook.syncCount).toBe(1);
  });

  it("select on a missing sheet gives a friendly message", async () => {
    const port = install();
    const { error, words } = await rejectionOf(port.select("不存在", "A1"));
    expect(error).toMatchObject({ code: "ItemNotFound" });
    expect(words.zh).toContain("找不到工作表");
  });

  it("reads ExcelApi support and the document mode from Office.context", () => {
    install({ apiVersion: "1.9", documentMode: "readOnly" });
    const env = officeEnv();
    expect(env.isSetSupported("ExcelApi", "1.9")).toBe(true);
    expect(env.isSetSupported("ExcelApi", "1.13")).toBe(false);
    expect(env.isReadOnly()).toBe(true);
  });

  it("refuses a recompute on a read-only document (Office.context.document.mode)", async () => {
    const port = install({ documentMode: "readOnly" });
    await expect(port.recompute("sheet")).rejects.toMatchObject({ code: "READ_ONLY" });
    expect(getLastOutcome()).toMatchObject({
      kind: "error",
      action: "recompute",
      code: "READ_ONLY",
    });
  });

  it("the ribbon entry recomputes the active sheet and publishes the result to subscribers", async () => {
    install();
    const seen: string[] = [];
    const off = subscribeLastOutcome((o) => seen.push(o?.kind ?? "none"));
    const outcome = await recomputeActiveSheet(createExcelPort(Excel.run as RunExcel));
    off();
    expect(outcome).toMatchObject({ kind: "result", result: { action: "recompute" } });
    const last = getLastOutcome();
    expect(last?.kind === "result" ? last.result.written : 0).toBeGreaterThan(0);
    expect(seen).toEqual(["result"]);
    // The pane, created later in the same runtime, can undo what the ribbon wrote.
    expect(createExcelPort(Excel.run as RunExcel).canUndo()).toBe(true);
  });

  it("the ribbon entry never throws: a protected sheet becomes an error outcome", async () => {
    install();
    office.workbook.setProtected("表1", true);
    const outcome = await recomputeActiveSheet(createExcelPort(Excel.run as RunExcel));
    expect(outcome).toMatchObject({ kind: "error", code: "SHEET_PROTECTED" });
  });

  it("Office.onReady resolves with the Excel host", async () => {
    install();
    await expect(Office.onReady()).resolves.toMatchObject({ host: "Excel" });
  });
});

describe("Excel.run options", () => {
  it("asks Excel to wait out cell edit mode where ExcelApi 1.11 is supported, not below", async () => {
    for (const [apiVersion, expected] of [
      ["1.13", { delayForCellEdit: true }],
      ["1.9", undefined],
    ] as const) {
      const office = installOfficeGlobals(modelOf(SPEC), { apiVersion });
      try {
        await createExcelPort(Excel.run as RunExcel).check("sheet");
        expect(office.workbook.runOptions).toEqual([expected]);
      } finally {
        office.uninstall();
      }
    }
  });
});
