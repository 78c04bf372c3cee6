// The Excel adapter as a parity host: its 检查 / 重新计算并写入 actions (workbook scope, marks off) on
// the emulator, loaded from the same bytes: an .xlsx as Excel opens it (testkit's exceljs model), any
// other kind through src/files' sheet data, as Excel shows a .xls it opened. Writes = the cells whose
// value or number format the recompute changed in the emulator's model.
import { readWorkbook } from "../../../src/files";
import type { EmulatorOptions, WorkbookModel } from "../../../testkit/emulator";
import { modelFromXlsx } from "../../../testkit/emulator/from-xlsx";
import { modelFromSheetData } from "../../../testkit/emulator/from-sheet-data";
import { emulatorPort } from "../../../testkit/emulator/port";
import type { HostDriver, ParityInput, ParityRecompute, ParityWrite } from "../host-driver";
import { diffCells, findingsOf } from "./cli";

const ZIP = [0x50, 0x4b, 0x03, 0x04];

/** The workbook as the emulated Excel holds it after opening `input`. */
export async function openInExcel(input: ParityInput): Promise<WorkbookModel> {
  if (ZIP.every((b, i) => input.bytes[i] === b)) return modelFromXlsx(Buffer.from(input.bytes));
  const read = readWorkbook(input.bytes, input.name);
  const state = new Map(read.sheetInfo.map((s) => [s.name, s.state]));
  return modelFromSheetData(read.sheets, (name) => state.get(name) ?? "visible");
}

function cellsOf(model: WorkbookModel): Map<string, ParityWrite> {
  const out = new Map<string, ParityWrite>();
  for (const s of model.sheets) {
    for (const [addr, cell] of Object.entries(s.cells)) {
      const value =
        cell.value === ""
          ? null
          : typeof cell.value === "boolean"
            ? String(cell.value)
            : cell.value;
      const numberFormat = cell.numberFormat ?? "General";
      if (value === null && numberFormat === "General") continue;
      out.set(`${s.name}!${addr}`, { value, numberFormat });
    }
  }
  return out;
}

/** A driver over the emulator at one API level (the parity test runs the default; test/excel others). */
export function excelDriver(options: EmulatorOptions = {}): HostDriver {
  return {
    host: "excel",
    check: async (input) => {
      const { port } = emulatorPort(await openInExcel(input), options);
      const result = await port.check("workbook", undefined, { mark: false });
      return result.evaluation ? findingsOf(result.evaluation) : [];
    },
    recompute: async (input): Promise<ParityRecompute> => {
      const model = await openInExcel(input);
      const { wb, port } = emulatorPort(model, options);
      await port.recompute("workbook", undefined, { mark: false });
      const writes = diffCells(cellsOf(model), cellsOf(wb.toModelJSON()));
      const again = await port.check("workbook", undefined, { mark: false });
      return { writes, after: again.evaluation ? findingsOf(again.evaluation) : [] };
    },
  };
}

export const driver: HostDriver = excelDriver();
