// The CLI as a parity host: the read + check + fix path `jxzp check` / `jxzp fix` take (src/cli
// modules, the same files on disk), writes = the cells that differ in the fixed file re-read through
// src/files. The reference every other host is compared with.
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { evaluate, toA1, type Evaluation, type SheetData } from "../../../src/core";
import { runFix } from "../../../src/cli/fix";
import { readForCheck, sheetsToCheck, type CheckedWorkbook } from "../../../src/cli/read-xlsx";
import type {
  HostDriver,
  ParityFinding,
  ParityInput,
  ParityRecompute,
  ParityWrite,
} from "../host-driver";

/** Every finding of an evaluation (the forms' and the sheets' own), reduced to what hosts compare. */
export function findingsOf(evaluation: Evaluation): ParityFinding[] {
  return [...evaluation.forms.flatMap((f) => f.findings), ...evaluation.sheetFindings].map((f) => ({
    sheet: f.sheet,
    cell: f.cell === "" ? null : f.cell,
    code: f.code,
    severity: f.severity,
  }));
}

/** `jxzp check`: the visible sheets as src/files reads them, evaluated with default options. */
async function checked(input: ParityInput): Promise<{ loaded: CheckedWorkbook; ev: Evaluation }> {
  const loaded = await readForCheck(Buffer.from(input.bytes), input.name);
  return { loaded, ev: evaluate(sheetsToCheck(loaded)) };
}

function cellsOf(sheets: SheetData[]): Map<string, ParityWrite> {
  const out = new Map<string, ParityWrite>();
  for (const s of sheets) {
    s.values.forEach((line, r) =>
      line.forEach((v, c) => {
        const format = s.numberFormats?.[r]?.[c] ?? null;
        const value = typeof v === "boolean" ? String(v) : v;
        if (value === null && (format === null || format === "General")) return;
        out.set(`${s.name}!${toA1(s.top + r, s.left + c)}`, {
          value,
          numberFormat: format ?? "General",
        });
      })
    );
  }
  return out;
}

/** The cells of `after` whose value or number format differ from `before` ("Sheet!A1" → cell). */
export function diffCells(
  a: Map<string, ParityWrite>,
  b: Map<string, ParityWrite>
): Record<string, ParityWrite> {
  const out: Record<string, ParityWrite> = {};
  for (const key of new Set([...a.keys(), ...b.keys()])) {
    const was = a.get(key);
    const now = b.get(key) ?? { value: null, numberFormat: "General" };
    if (was?.value !== now.value || (was?.numberFormat ?? "General") !== now.numberFormat)
      out[key] = now;
  }
  return out;
}

const quiet = { stdout: () => undefined, stderr: () => undefined };

async function recompute(input: ParityInput): Promise<ParityRecompute | null> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "jxzp-parity-"));
  try {
    const file = path.join(dir, input.name.replace(/[\\/]/g, "_"));
    const out = path.join(dir, "fixed.xlsx");
    await fs.writeFile(file, input.bytes);
    await runFix(file, { out, highlight: false, lang: "zh" }, quiet);
    // fix refuses what it cannot write (.xls, .et, .ods) by writing nothing.
    const bytes = await fs.readFile(out).catch(() => null);
    if (!bytes) return null;
    const before = await checked(input);
    const after = await checked({ name: "fixed.xlsx", bytes: new Uint8Array(bytes) });
    return {
      writes: diffCells(cellsOf(before.loaded.sheets), cellsOf(after.loaded.sheets)),
      after: findingsOf(after.ev),
    };
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

/**
 * What the core asks to write on the CLI's reading of the file, as the cells would hold it: the
 * reference for hosts that write a kind of file the CLI refuses (.xls in Excel or WPS).
 */
export async function plannedWrites(input: ParityInput): Promise<Record<string, ParityWrite>> {
  const { loaded, ev } = await checked(input);
  const formats = new Map(
    [...cellsOf(loaded.sheets)].map(([key, cell]) => [key, cell.numberFormat] as const)
  );
  const out: Record<string, ParityWrite> = {};
  for (const w of ev.writes) {
    const key = `${w.sheet}!${w.cell}`;
    out[key] = {
      value: typeof w.value === "boolean" ? String(w.value) : w.value,
      numberFormat: w.numberFormat ?? formats.get(key) ?? "General",
    };
  }
  return out;
}

/** How many forms the CLI finds in the file (a corpus entry without any must say FORM_NOT_FOUND). */
export async function formCount(input: ParityInput): Promise<number> {
  return (await checked(input)).ev.forms.length;
}

export const driver: HostDriver = {
  host: "cli",
  check: async (input) => findingsOf((await checked(input)).ev),
  recompute,
};
