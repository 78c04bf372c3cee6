// The emulator pretending to be an older Excel: isSetSupported answers only up to the chosen
// ExcelApi level (and SharedRuntime / CompressedFile as told), every call above that level rejects
// its batch with ApiNotFound as real Excel does, and getFileAsync hands over the package.
import ExcelJS from "exceljs";
import { EmulatedWorkbook, installOfficeGlobals, type WorkbookModel } from "../../testkit/emulator";
import { emulatorEnv } from "../../testkit/emulator/port";
import { xlsxOfModel } from "../../testkit/emulator/to-xlsx";
import { mergesInPackage } from "../../src/excel/merges-from-file";
import { readDocumentFile } from "../../src/excel/document-file";

function model(): WorkbookModel {
  return {
    sheets: [
      {
        name: "S1",
        cells: { A1: { value: "总分" }, B2: { value: 1 } },
        merges: ["A1:C1", "B4:B6"],
      },
      { name: "隐藏 & <表>", visibility: "Hidden", cells: {}, merges: [] },
    ],
    activeSheet: "S1",
    settings: {},
  };
}

async function rejection(wb: EmulatedWorkbook, queue: (ctx: Excel.RequestContext) => void) {
  return wb
    .run(async (ctx) => {
      queue(ctx as unknown as Excel.RequestContext);
      await ctx.sync();
    })
    .then(
      () => null,
      (e: { code: string; debugInfo: { errorLocation?: string } }) => e
    );
}

describe("an older Excel", () => {
  test.each([
    [
      "1.1",
      "Worksheet.protection",
      (c: Excel.RequestContext) => c.workbook.worksheets.getItem("S1").protection.load("protected"),
    ],
    [
      "1.1",
      "Worksheet.getUsedRange(valuesOnly)",
      (c: Excel.RequestContext) =>
        c.workbook.worksheets.getItem("S1").getUsedRange(true).load("address"),
    ],
    [
      "1.3",
      "Workbook.settings",
      (c: Excel.RequestContext) => c.workbook.settings.getItemOrNullObject("k").load("value"),
    ],
    [
      "1.8",
      "WorksheetCollection.onChanged.add",
      (c: Excel.RequestContext) => void c.workbook.worksheets.onChanged.add(async () => undefined),
    ],
    [
      "1.8",
      "Range.findOrNullObject",
      (c: Excel.RequestContext) =>
        c.workbook.worksheets
          .getItem("S1")
          .getRange("A1:C3")
          .findOrNullObject("总分", { completeMatch: false, matchCase: false })
          .load("address"),
    ],
    [
      "1.12",
      "Range.getMergedAreasOrNullObject",
      (c: Excel.RequestContext) =>
        c.workbook.worksheets
          .getItem("S1")
          .getRange("A1:C9")
          .getMergedAreasOrNullObject()
          .load("address"),
    ],
  ])(
    "at ExcelApi %s rejects %s with ApiNotFound, and one level up accepts it",
    async (level, location, queue) => {
      const old = await rejection(new EmulatedWorkbook(model(), { apiVersion: level }), queue);
      expect(old).toMatchObject({ code: "ApiNotFound", debugInfo: { errorLocation: location } });
      const next =
        level === "1.12" ? "1.13" : level === "1.8" ? "1.9" : level === "1.3" ? "1.4" : "1.2";
      expect(
        await rejection(new EmulatedWorkbook(model(), { apiVersion: next }), queue)
      ).toBeNull();
    }
  );

  test("isSetSupported answers the level, SharedRuntime and CompressedFile as told", () => {
    const wb = new EmulatedWorkbook(model(), {
      apiVersion: "1.8",
      sharedRuntime: false,
      compressedFile: false,
    });
    const env = emulatorEnv(wb);
    expect(env.isSetSupported("ExcelApi", "1.8")).toBe(true);
    expect(env.isSetSupported("ExcelApi", "1.9")).toBe(false);
    expect(env.isSetSupported("SharedRuntime", "1.1")).toBe(false);
    expect(env.isSetSupported("CompressedFile", "1.1")).toBe(false);
    const office = installOfficeGlobals(wb, {});
    try {
      expect(Office.context.requirements.isSetSupported("SharedRuntime", "1.1")).toBe(false);
      expect(Office.context.requirements.isSetSupported("ExcelApi", "1.9")).toBe(false);
      return expect(Office.addin.showAsTaskpane()).rejects.toMatchObject({ code: "ApiNotFound" });
    } finally {
      office.uninstall();
    }
  });

  test("getFileAsync(Compressed) gives a package whose merges are the model's, sheet names escaped", async () => {
    const office = installOfficeGlobals(model(), {});
    try {
      const bytes = await readDocumentFile(Office.context.document as never);
      expect(Object.fromEntries(mergesInPackage(bytes))).toEqual({
        S1: ["A1:C1", "B4:B6"],
        "隐藏 & <表>": [],
      });
    } finally {
      office.uninstall();
    }
  });
});

describe("merges read from a package", () => {
  test("an .xlsx Excel-like writers make (exceljs), several sheets, absolute refs", async () => {
    const wb = new ExcelJS.Workbook();
    const a = wb.addWorksheet("自评表");
    a.getCell("A1").value = "项目支出绩效自评表";
    a.mergeCells("A1:J1");
    a.mergeCells("B5:B9");
    wb.addWorksheet("空表");
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    expect(Object.fromEntries(mergesInPackage(bytes))).toEqual({
      自评表: ["A1:J1", "B5:B9"],
      空表: [],
    });
    expect(
      mergesInPackage(
        xlsxOfModel({ ...model(), sheets: [{ name: "X", cells: {}, merges: ["$A$1:$B$2"] }] })
      ).get("X")
    ).toEqual(["A1:B2"]);
  });

  test("readDocumentFile joins every slice in order and closes the file", async () => {
    const closed = jest.fn();
    const slices = [[1, 2, 3], [4], [5, 6]];
    const doc = {
      getFileAsync: (
        _t: string,
        _o: unknown,
        cb: (r: { status: string; value: unknown }) => void
      ) =>
        cb({
          status: "succeeded",
          value: {
            sliceCount: slices.length,
            getSliceAsync: (i: number, done: (r: { status: string; value: unknown }) => void) =>
              setTimeout(() => done({ status: "succeeded", value: { data: slices[i] } }), 3 - i),
            closeAsync: closed,
          },
        }),
    };
    expect([...(await readDocumentFile(doc as never))]).toEqual([1, 2, 3, 4, 5, 6]);
    expect(closed).toHaveBeenCalledTimes(1);
    const failing = {
      getFileAsync: (
        _t: string,
        _o: unknown,
        cb: (r: { status: string; value: unknown; error: { message: string } }) => void
      ) => cb({ status: "failed", value: null, error: { message: "Internal Error" } }),
    };
    await expect(readDocumentFile(failing as never)).rejects.toThrow("Internal Error");
  });
});
