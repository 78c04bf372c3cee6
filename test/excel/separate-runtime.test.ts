// An Excel without SharedRuntime 1.1 (Excel 2019, Mac before 16.35): the ribbon's 一键重算 runs in a
// runtime of its own. It still recomputes, keeps its outcome in the workbook for the pane (which
// shows it and can undo it), and shows a failure in a dialog since the pane cannot be opened.
import { installOfficeGlobals, type InstalledOffice } from "../../testkit/emulator";
import { mistakesForm } from "../../testkit/fixtures/mistakes";
import { createExcelPort, type RunExcel } from "../../src/excel/workbook-port";
import { recomputeActiveSheet } from "../../src/excel/ribbon";
import { RIBBON_KEY, takeRibbonOutcome } from "../../src/excel/ribbon-outcome";
import { officeEnv } from "../../src/excel/requirements";
import { clearLastOutcome } from "../../src/excel/last-result";
import { sessionUndoStore } from "../../src/excel/undo-snapshot";
import { onRecompute } from "../../src/commands/commands";
import { memoryUndoStore } from "../../testkit/emulator/port";
import { contentOf, modelOf } from "./helpers";

const SPEC = { sheets: [{ name: "表1", forms: [{ form: mistakesForm("shanxi") }] }] };

function event() {
  const e = { completed: jest.fn(), source: { id: "Jxzp.Recompute" } };
  return e as typeof e & Office.AddinCommands.Event;
}

describe("the ribbon without a shared runtime", () => {
  let office: InstalledOffice;
  const run = () => Excel.run as RunExcel;
  /** A port as a runtime of its own has it: its own memory (undo store), no publishing. */
  const ownRuntimePort = () =>
    createExcelPort(run(), { undoStore: memoryUndoStore(), publish: true });

  beforeEach(() => {
    office = installOfficeGlobals(modelOf(SPEC), { sharedRuntime: false, apiVersion: "1.8" });
  });
  afterEach(() => {
    office.uninstall();
    clearLastOutcome();
    sessionUndoStore.set(null);
  });

  test("isSetSupported says no, and the add-in says what it lacks", () => {
    expect(Office.context.requirements.isSetSupported("SharedRuntime", "1.1")).toBe(false);
    expect(ownRuntimePort().missingFeatures?.()).toEqual([
      "sharedRuntime",
      "cellProperties",
      "changeEvents",
      "delayForCellEdit",
    ]);
  });

  test("recomputes, and keeps the outcome in the workbook for the pane's runtime", async () => {
    const before = contentOf(office.workbook.model, "表1");
    const outcome = await recomputeActiveSheet(ownRuntimePort(), officeEnv(), run());
    expect(outcome).toMatchObject({ kind: "result", result: { action: "recompute" } });
    expect(contentOf(office.workbook.model, "表1")).not.toEqual(before);
    const stored = JSON.parse(office.workbook.model.settings[RIBBON_KEY] as string);
    expect(stored.outcome.result.written).toBeGreaterThan(0);
    // The evaluation is left out: the pane checks again for findings.
    expect(stored.outcome.result.evaluation).toBeNull();
  });

  test("the pane (another runtime) adopts the outcome once and can undo the ribbon's writes", async () => {
    const before = contentOf(office.workbook.model, "表1");
    await recomputeActiveSheet(ownRuntimePort(), officeEnv(), run());
    const paneStore = memoryUndoStore();
    const adopted = await takeRibbonOutcome(run(), paneStore);
    expect(adopted).toMatchObject({ kind: "result", result: { action: "recompute" } });
    expect(office.workbook.model.settings[RIBBON_KEY]).toBeUndefined();
    expect(await takeRibbonOutcome(run(), paneStore)).toBeNull();
    const pane = createExcelPort(run(), { undoStore: paneStore, publish: false });
    expect(pane.canUndo()).toBe(true);
    await pane.undo();
    expect(contentOf(office.workbook.model, "表1")).toEqual(before);
  });

  test("the pane's undo follows the workbook, not a snapshot of its own gone stale", async () => {
    const paneStore = memoryUndoStore();
    const pane = createExcelPort(run(), { undoStore: paneStore, publish: false });
    await pane.recompute("sheet");
    const afterPane = contentOf(office.workbook.model, "表1");
    // The clerk edits an input; the ribbon (its own runtime) recomputes again and saves its snapshot.
    office.workbook.setCell("表1", "F7", { value: 50, numberFormat: "0.00" });
    const edited = contentOf(office.workbook.model, "表1");
    await recomputeActiveSheet(ownRuntimePort(), officeEnv(), run());
    await pane.undo();
    // Undo restores what the ribbon overwrote (the edited state), not the pane's older snapshot.
    expect(contentOf(office.workbook.model, "表1")).toEqual(edited);
    expect(edited).not.toEqual(afterPane);
  });

  test("a refused recompute shows its reason in a dialog (the pane cannot be opened from here)", async () => {
    // The function file's page: taskpane.html, beside support.html.
    const g = globalThis as { window?: unknown };
    g.window = { location: { href: "https://localhost:3000/taskpane.html" } };
    office.workbook.setProtected("表1", true);
    const e = event();
    await onRecompute(e, () => recomputeActiveSheet(ownRuntimePort(), officeEnv(), run()));
    expect(e.completed).toHaveBeenCalledTimes(1);
    expect(office.showTaskpaneCalls()).toBe(0);
    delete g.window;
    expect(office.dialogs).toHaveLength(1);
    expect(office.dialogs[0]).toMatch(/^https:\/\/localhost:3000\/support\.html#ribbon=/);
    const words = JSON.parse(decodeURIComponent(office.dialogs[0].split("#ribbon=")[1]));
    expect(words.zh).toContain("受保护");
    expect(words.en).toContain("protected");
    // …and the pane finds the refusal in the workbook when opened.
    expect(await takeRibbonOutcome(run(), memoryUndoStore())).toMatchObject({
      kind: "error",
      code: "SHEET_PROTECTED",
    });
  });
});
