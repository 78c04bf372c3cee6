// The offline web page as a parity host: its controller (src/web/logic), the very modules the page runs.
import { readWorkbook } from "../../../src/files";
import type { CellValue, Finding, SheetData } from "../../../src/core";
import { toA1 } from "../../../src/core";
import { checkFile, type CheckedFile } from "../../../src/web/logic/check-file";
import { fixFile } from "../../../src/web/logic/fix-file";
import type { HostDriver, ParityFinding, ParityInput, ParityWrite } from "../host-driver";

function findingsOf(file: CheckedFile): ParityFinding[] {
  if (!file.evaluation) throw new Error(`${file.name}: ${file.error?.message.en ?? "not checked"}`);
  const all: Finding[] = [
    ...file.evaluation.sheetFindings,
    ...file.evaluation.forms.flatMap((f) => f.findings),
  ];
  return all.map((f) => ({
    sheet: f.sheet,
    cell: f.cell || null,
    code: f.code,
    severity: f.severity,
  }));
}

/** `Sheet!A1` → value and number format of every cell that holds something, as the reader reads it. */
function cellsOf(sheets: SheetData[]): Map<string, ParityWrite> {
  const out = new Map<string, ParityWrite>();
  for (const s of sheets) {
    s.values.forEach((row, r) =>
      row?.forEach((v: CellValue, c) => {
        const value =
          v === null || v === undefined || v === "" ? null : typeof v === "boolean" ? String(v) : v;
        const numberFormat = s.numberFormats?.[r]?.[c] ?? "General";
        if (value === null && numberFormat === "General") return;
        out.set(`${s.name}!${toA1(s.top + r, s.left + c)}`, { value, numberFormat });
      })
    );
  }
  return out;
}

export const driver: HostDriver = {
  host: "web",
  async check(input: ParityInput) {
    return findingsOf(checkFile(input.name, input.bytes));
  },
  async recompute(input: ParityInput) {
    const checked = checkFile(input.name, input.bytes);
    const fixed = fixFile(checked);
    if (fixed.kind === "refused") return null;
    // Written = what differs between the input and the patched package, both read back by the reader.
    const before = cellsOf(readWorkbook(input.bytes, input.name).sheets);
    const after = cellsOf(readWorkbook(fixed.bytes, fixed.name).sheets);
    const writes: Record<string, ParityWrite> = {};
    for (const [key, cell] of after) {
      const old = before.get(key);
      if (!old || old.value !== cell.value || old.numberFormat !== cell.numberFormat)
        writes[key] = cell;
    }
    for (const key of before.keys()) {
      if (!after.has(key)) writes[key] = { value: null, numberFormat: "General" };
    }
    return { writes, after: findingsOf(fixed.after) };
  },
};
