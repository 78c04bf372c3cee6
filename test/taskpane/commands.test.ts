// The ribbon command: registered at import, runs the adapter's recompute on the emulator, always completes.
import { installOfficeGlobals, type InstalledOffice } from "../../testkit/emulator";
import { e2eFixture } from "../e2e/fixture-model";
import type { LastOutcome } from "../../src/excel/last-result";
import { statusText } from "../../src/taskpane/status";

type CommandsModule = typeof import("../../src/commands/commands");
type StoreModule = typeof import("../../src/excel/last-result");

function event() {
  const e = { completed: jest.fn(), source: { id: "Jxzp.Recompute" } };
  return e as typeof e & Office.AddinCommands.Event;
}

describe("ribbon command 一键重算", () => {
  let office: InstalledOffice;
  let commands: CommandsModule;
  let store: StoreModule;

  beforeEach(() => {
    jest.resetModules();
    office = installOfficeGlobals(e2eFixture().model);
    commands = jest.requireActual<CommandsModule>("../../src/commands/commands");
    store = jest.requireActual<StoreModule>("../../src/excel/last-result");
  });
  afterEach(() => office.uninstall());

  test("is associated with the manifest's FunctionName when the bundle loads, before onReady", () => {
    expect([...office.actions.keys()]).toEqual(["recompute"]);
  });

  test("recomputes the active sheet, stores the result for the pane and completes the event", async () => {
    const before = office.workbook.toModelJSON();
    const e = event();
    await office.actions.get("recompute")?.(e);
    expect(e.completed).toHaveBeenCalledTimes(1);
    const outcome = store.getLastOutcome() as LastOutcome;
    expect(outcome.kind).toBe("result");
    if (outcome.kind !== "result") return;
    expect(outcome.result.action).toBe("recompute");
    expect(outcome.result.written).toBeGreaterThan(0);
    expect(statusText(outcome.result).zh).toMatch(/已写入 \d+ 个单元格/);
    const after = office.workbook.toModelJSON();
    const sheet = (m: typeof before) => m.sheets.find((s) => s.name === before.activeSheet);
    expect(JSON.stringify(sheet(after)?.cells)).not.toBe(JSON.stringify(sheet(before)?.cells));
    expect(office.showTaskpaneCalls()).toBe(0);
  });

  test("a failed recompute (protected sheet) completes the event and opens the pane", async () => {
    office.workbook.setProtected(office.workbook.model.activeSheet, true);
    const e = event();
    await office.actions.get("recompute")?.(e);
    expect(e.completed).toHaveBeenCalledTimes(1);
    expect(store.getLastOutcome()?.kind).toBe("error");
    expect(office.showTaskpaneCalls()).toBe(1);
  });

  test("completes the event even when the entry itself throws", async () => {
    const e = event();
    const spy = jest.spyOn(console, "error").mockImplementation(() => undefined);
    await commands.onRecompute(e, () => Promise.reject(new Error("boom")));
    expect(e.completed).toHaveBeenCalledTimes(1);
    expect(office.showTaskpaneCalls()).toBe(1);
    expect(spy).toHaveBeenCalled();
    spy.mockRestore();
  });
});
