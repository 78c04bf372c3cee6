// The emulator behaves like Office.js proxies: loads readable only after sync, queued writes, atomic batches.
/* eslint-disable office-addins/call-sync-after-load, office-addins/call-sync-before-read, office-addins/load-object-before-read -- these tests read proxies out of order on purpose */
import {
  EmulatedWorkbook,
  installOfficeGlobals,
  type WorkbookModel,
} from "../../testkit/emulator/index";

function model(): WorkbookModel {
  return {
    activeSheet: "S1",
    settings: {},
    sheets: [
      {
        name: "S1",
        cells: {
          B2: { value: 1 },
          B4: { value: "merged" },
          C3: { value: "x", fill: { color: "#FFFFFF" } },
          D4: { value: 0.5, numberFormat: "0.00%" },
          E5: { value: 3, formula: "=1+2" },
        },
        merges: ["B4:C5"],
      },
      { name: "S2", protected: true, cells: { A1: { value: "locked" } }, merges: [] },
      { name: "Empty", cells: {}, merges: [] },
      { name: "Hid", visibility: "Hidden", cells: {}, merges: [] },
    ],
  };
}

describe("emulator proxy semantics", () => {
  it("throws PropertyNotLoaded for a property read before load+sync", async () => {
    const wb = new EmulatedWorkbook(model());
    await wb.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("S1").getRange("B2");
      expect(() => r.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      r.load("values");
      expect(() => r.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await ctx.sync();
      expect(r.values).toEqual([[1]]);
      expect(() => r.numberFormat).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
    expect(wb.syncCount).toBe(1);
  });

  it("reads values, formulas, number formats and address of a used range", async () => {
    const wb = new EmulatedWorkbook(model());
    await wb.run(async (ctx) => {
      const used = ctx.workbook.worksheets.getItem("S1").getUsedRangeOrNullObject(true);
      used.load("address,rowIndex,columnIndex,values,formulas,numberFormat");
      await ctx.sync();
      expect(used.isNullObject).toBe(false);
      expect(used.address).toBe("S1!B2:E5");
      expect([used.rowIndex, used.columnIndex]).toEqual([1, 1]);
      expect(used.values[3][3]).toBe(3);
      expect(used.formulas[3][3]).toBe("=1+2");
      expect(used.formulas[0][0]).toBe(1);
      expect(used.numberFormat[2][2]).toBe("0.00%");
      expect(used.numberFormat[0][0]).toBe("General");
    });
  });

  it("gives a null object (or A1 when configured) for an empty sheet", async () => {
    for (const [mode, expectNull] of [
      ["null", true],
      ["A1", false],
    ] as const) {
      const wb = new EmulatedWorkbook(model(), { emptyUsedRange: mode });
      await wb.run(async (ctx) => {
        const used = ctx.workbook.worksheets.getItem("Empty").getUsedRangeOrNullObject(true);
        used.load("address,values");
        await ctx.sync();
        expect(used.isNullObject).toBe(expectNull);
        if (!expectNull) expect(used.values).toEqual([[""]]);
      });
    }
  });

  it("applies queued writes only at sync and counts syncs", async () => {
    const wb = new EmulatedWorkbook(model());
    await wb.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("S1").getRange("F6");
      r.numberFormat = [["0.00"]];
      r.values = [[8.96]];
      expect(wb.cell("S1", "F6")).toBeUndefined();
      await ctx.sync();
    });
    expect(wb.cell("S1", "F6")).toEqual({ value: 8.96, numberFormat: "0.00" });
    expect(wb.syncCount).toBe(1);
  });

  it("runs a batch in order: a load queued before a write sees the old value", async () => {
    const wb = new EmulatedWorkbook(model());
    await wb.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("S1").getRange("B2");
      r.load("values");
      r.values = [[2]];
      await ctx.sync();
      expect(r.values).toEqual([[1]]);
    });
    expect(wb.cell("S1", "B2")?.value).toBe(2);
  });

  it("rejects a whole batch that writes to a protected sheet, applying nothing", async () => {
    const wb = new EmulatedWorkbook(model());
    const before = wb.toModelJSON();
    await expect(
      wb.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("S1").getRange("B2").values = [[99]];
        ctx.workbook.settings.add("k", "v");
        ctx.workbook.worksheets.getItem("S2").getRange("A1").values = [["changed"]];
        await ctx.sync();
      })
    ).rejects.toMatchObject({ code: "AccessDenied" });
    expect(wb.toModelJSON()).toEqual(before);
  });

  it("rejects a missing sheet with ItemNotFound and a null object for getItemOrNullObject", async () => {
    const wb = new EmulatedWorkbook(model());
    await wb.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItemOrNullObject("Nope");
      ws.load("name");
      await ctx.sync();
      expect(ws.isNullObject).toBe(true);
      ctx.workbook.worksheets.getItem("Nope").load("name");
      await expect(ctx.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
    });
  });

  it("tells No Fill from white through pattern/tintAndShade, and colour alone reads white", async () => {
    const wb = new EmulatedWorkbook(model());
    await wb.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("S1");
      const props = ws.getRange("B2:C3").getCellProperties({
        format: { fill: { color: true, pattern: true, tintAndShade: true } },
      });
      const noFill = ws.getRange("B2").format.fill.load("color");
      await ctx.sync();
      expect(props.value[0][0].format).toEqual({
        fill: { color: "#FFFFFF", pattern: "None", tintAndShade: null },
      });
      expect(props.value[1][1].format).toEqual({
        fill: { color: "#FFFFFF", pattern: "Solid", tintAndShade: 0 },
      });
      expect(noFill.color).toBe("#FFFFFF");
    });
  });

  it("sets and clears fills", async () => {
    const wb = new EmulatedWorkbook(model());
    await wb.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("S1");
      ws.getRange("B2").format.fill.color = "#ffc7ce";
      ws.getRange("C3").format.fill.clear();
      await ctx.sync();
    });
    expect(wb.cell("S1", "B2")?.fill).toEqual({
      color: "#FFC7CE",
      pattern: "Solid",
      tintAndShade: 0,
    });
    expect(wb.cell("S1", "C3")?.fill).toBeUndefined();
  });

  it("returns merged areas whose top-left is in the range, and fails on request or below 1.13", async () => {
    const ok = new EmulatedWorkbook(model());
    await ok.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("S1");
      const m = ws
        .getRange("A1")
        .getBoundingRect(ws.getUsedRange(true))
        .getMergedAreasOrNullObject();
      m.load("areas/items/address");
      const none = ws.getRange("D4:E5").getMergedAreasOrNullObject();
      none.load("address");
      await ctx.sync();
      expect(m.areas.items.map((a) => a.address)).toEqual(["S1!B4:C5"]);
      expect(none.isNullObject).toBe(true);
    });
    for (const wb of [
      new EmulatedWorkbook(model(), { mergedAreas: "fail" }),
      new EmulatedWorkbook(model(), { apiVersion: "1.9" }),
    ]) {
      await expect(
        wb.run(async (ctx) => {
          ctx.workbook.worksheets
            .getItem("S1")
            .getRange("A1:E9")
            .getMergedAreasOrNullObject()
            .load("address");
          await ctx.sync();
        })
      ).rejects.toHaveProperty("debugInfo.errorLocation", "Range.getMergedAreasOrNullObject");
    }
  });

  it("rejects ExcelApi 1.9 calls on a 1.4 host", async () => {
    const wb = new EmulatedWorkbook(model(), { apiVersion: "1.4" });
    await expect(
      wb.run(async (ctx) => {
        ctx.workbook.worksheets
          .getItem("S1")
          .getRange("B2")
          .getCellProperties({ format: { fill: { color: true } } });
        await ctx.sync();
      })
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  });

  it("enumerates worksheets with visibility and protection in one sync", async () => {
    const wb = new EmulatedWorkbook(model());
    await wb.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      sheets.load("items/name,items/visibility,items/protection/protected");
      expect(() => sheets.items).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await ctx.sync();
      expect(sheets.items.map((s) => [s.name, s.visibility, s.protection.protected])).toEqual([
        ["S1", "Visible", false],
        ["S2", "Visible", true],
        ["Empty", "Visible", false],
        ["Hid", "Hidden", false],
      ]);
    });
    expect(wb.syncCount).toBe(1);
  });

  it("stores, reads and deletes settings", async () => {
    const wb = new EmulatedWorkbook(model());
    await wb.run(async (ctx) => {
      ctx.workbook.settings.add("a", JSON.stringify({ x: 1 }));
      await ctx.sync();
      const s = ctx.workbook.settings.getItemOrNullObject("a").load("value");
      const missing = ctx.workbook.settings.getItemOrNullObject("b").load("value");
      await ctx.sync();
      expect(JSON.parse(s.value as string)).toEqual({ x: 1 });
      expect(missing.isNullObject).toBe(true);
      s.delete();
      await ctx.sync();
    });
    expect(wb.model.settings).toEqual({});
  });

  it("parses typed input like Excel: numbers, percents, apostrophe text, Text format", async () => {
    const wb = new EmulatedWorkbook(model());
    await wb.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("S1");
      ws.getRange("G1:G4").values = [["12.5"], ["89.55%"], ["'89.55%"], ["优"]];
      ws.getRange("H1").numberFormat = [["@"]];
      ws.getRange("H1").values = [["007"]];
      await ctx.sync();
    });
    expect(wb.cell("S1", "G1")?.value).toBe(12.5);
    expect(wb.cell("S1", "G2")).toEqual({ value: 0.8955, numberFormat: "0.00%" });
    expect(wb.cell("S1", "G3")).toEqual({ value: "89.55%" });
    expect(wb.cell("S1", "H1")).toEqual({ value: "007", numberFormat: "@" });
  });

  it("activates a sheet and selects a range; select on an inactive sheet is an InvalidSelection", async () => {
    const wb = new EmulatedWorkbook(model());
    await expect(
      wb.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("S2").getRange("A1").select();
        await ctx.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidSelection" });
    await wb.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("S2");
      ws.activate();
      ws.getRange("A1").select();
      await ctx.sync();
    });
    expect(wb.model.activeSheet).toBe("S2");
    expect(wb.model.selected).toEqual({ sheet: "S2", address: "A1" });
  });

  it("calls the beforeSync hook so a test can edit the sheet between syncs", async () => {
    const wb = new EmulatedWorkbook(model(), {
      beforeSync: (n, w) => {
        if (n === 2) w.setCell("S1", "B2", { value: 42 });
      },
    });
    await wb.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("S1").getRange("B2");
      r.load("values");
      await ctx.sync();
      expect(r.values).toEqual([[1]]);
      r.load("values");
      await ctx.sync();
      expect(r.values).toEqual([[42]]);
    });
  });

  it("refuses to queue on a context whose run has ended", async () => {
    const wb = new EmulatedWorkbook(model());
    let leaked: { load: (s: string) => unknown } | undefined;
    await wb.run(async (ctx) => {
      leaked = ctx.workbook.worksheets.getItem("S1");
    });
    expect(() => leaked?.load("name")).toThrow(
      expect.objectContaining({ code: "InvalidRequestContext" })
    );
  });
});

describe("installOfficeGlobals", () => {
  it("defines Office, Excel and OfficeExtension over one workbook and removes them again", async () => {
    const office = installOfficeGlobals(model(), { apiVersion: "1.9", displayLanguage: "en-US" });
    try {
      expect(Office.context.requirements.isSetSupported("ExcelApi", "1.9")).toBe(true);
      expect(Office.context.requirements.isSetSupported("ExcelApi", "1.13")).toBe(false);
      expect(Office.context.requirements.isSetSupported("SharedRuntime", "1.1")).toBe(true);
      expect(Office.context.displayLanguage).toBe("en-US");
      const ctx = new Excel.RequestContext();
      const ws = ctx.workbook.worksheets.getItem("S1").load("name");
      await ctx.sync();
      expect(ws.name).toBe("S1");
      Office.actions.associate("recompute", () => undefined);
      expect(office.actions.has("recompute")).toBe(true);
      await Office.addin.showAsTaskpane();
      expect(office.showTaskpaneCalls()).toBe(1);
      ctx.workbook.worksheets.getItem("Nope").load("name");
      const err = await ctx.sync().catch((e: unknown) => e);
      expect(err).toBeInstanceOf(OfficeExtension.Error);
      expect(err).toMatchObject({ code: Excel.ErrorCodes.itemNotFound });
    } finally {
      office.uninstall();
    }
    expect((globalThis as { Office?: unknown }).Office).toBeUndefined();
  });
});
