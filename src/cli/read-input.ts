// What `check` reads: regular files only, the type sniffed from the bytes, read by src/files. No
// workbook writer here, so a worker thread of `check --jobs N` loads only the reader and the core.
import { constants as fsc, promises as fs } from "fs";
import type { SheetData } from "../core";
import { readWorkbook, ReadError, type SheetFailure, type WorkbookRead } from "../files";
import type { SheetInfo } from "../files";
import { CliError, messages } from "./errors";

/** A workbook as read for `check`: the reader's sheets and failures, and the file's bytes. */
export interface CheckedWorkbook {
  read: WorkbookRead;
  /** Every worksheet in tab order, hidden ones included (see `sheetInfo` for their state). */
  sheets: SheetData[];
  sheetInfo: SheetInfo[];
  failures: SheetFailure[];
}

// Larger than any form workbook by far; past it a read would only exhaust memory.
const MAX_BYTES = 512 * 1024 * 1024;
/** The errno code of a failed file operation (`ENOENT` …), else its message. */
export const errnoOf = (err: unknown): string =>
  (err as NodeJS.ErrnoException).code ?? (err instanceof Error ? err.message : String(err));

/**
 * The bytes of a regular file. The file is opened non-blocking and checked on the open handle, so a
 * FIFO, a device (`/dev/zero`, also through a symlink) or a socket is refused at once, never read.
 */
export async function readInputFile(file: string): Promise<Buffer> {
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(file, fsc.O_RDONLY | fsc.O_NONBLOCK);
  } catch (err) {
    const code = errnoOf(err);
    if (code === "ENOENT" || code === "ENOTDIR") {
      throw new CliError("FILE_NOT_FOUND", messages.notFound());
    }
    if (code === "EISDIR") throw new CliError("IS_DIRECTORY", messages.isDirectory());
    if (code === "ENXIO") throw new CliError("NOT_REGULAR", messages.notRegular());
    throw new CliError("UNREADABLE", messages.unreadable(code));
  }
  try {
    const stat = await handle.stat();
    if (stat.isDirectory()) throw new CliError("IS_DIRECTORY", messages.isDirectory());
    if (!stat.isFile()) throw new CliError("NOT_REGULAR", messages.notRegular());
    if (stat.size > MAX_BYTES) throw new CliError("TOO_LARGE", messages.tooLarge(stat.size));
    return await handle.readFile();
  } catch (err) {
    if (err instanceof CliError) throw err;
    throw new CliError("UNREADABLE", messages.unreadable(errnoOf(err)));
  } finally {
    await handle.close();
  }
}

/** The reader's refusal as the CLI's error (same code, same words). */
function asCli(err: unknown): never {
  if (err instanceof ReadError) throw new CliError(err.code, err.text);
  throw err;
}

/** Reads a workbook of any supported type from a path (with the input checks) or from bytes. */
export async function readForCheck(input: Buffer | string, name = ""): Promise<CheckedWorkbook> {
  const bytes = typeof input === "string" ? await readInputFile(input) : input;
  let read: WorkbookRead;
  try {
    read = readWorkbook(bytes, typeof input === "string" ? input : name);
  } catch (err) {
    asCli(err);
  }
  return { read, sheets: read.sheets, sheetInfo: read.sheetInfo, failures: read.failures };
}

/**
 * A workbook `fix` may patch: read as `check` reads it, refused unless it is an .xlsx / .xlsm package.
 * No exceljs parse: the patcher works on the bytes, so a file exceljs rejects (overlapping merges
 * from LibreOffice) is fixed all the same.
 */
export async function readForFix(input: Buffer | string, name = ""): Promise<CheckedWorkbook> {
  // The name lets the reader tell an encrypted .xlsx (an OLE container) from a .doc.
  const checked = await readForCheck(input, name);
  const { kind } = checked.read;
  if (kind !== "xlsx" && kind !== "xlsm") {
    throw new CliError("FIX_NEEDS_XLSX", messages.fixNeedsXlsx(kind));
  }
  return checked;
}

/** The sheets a check looks at: the visible ones, or the one named (hidden or not). */
export function sheetsToCheck(loaded: CheckedWorkbook, only?: string): SheetData[] {
  if (only !== undefined) {
    const sheet = loaded.sheets.find((s) => s.name === only);
    if (!sheet) {
      throw new CliError(
        "SHEET_NOT_FOUND",
        messages.sheetNotFound(
          only,
          loaded.sheets.map((s) => s.name)
        )
      );
    }
    return [sheet];
  }
  return loaded.sheets.filter((_s, i) => loaded.sheetInfo[i].state === "visible");
}
