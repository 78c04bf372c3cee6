// The page's 检查 of one file: bytes in, the reader's sheets and the core's evaluation out (no DOM).
import {
  evaluate,
  type EvaluateOptions,
  type Evaluation,
  type LocalizedText,
  type SheetData,
} from "../../core";
import { ReadError, readWorkbook, type FileKind, type SheetFailure } from "../../files";
import { webText } from "./strings";

/** One file as the page holds it after its check: readable or not, never thrown. */
export interface CheckedFile {
  name: string;
  /** The file as given: the fixed workbook is a patch of these bytes. */
  bytes: Uint8Array;
  /** What the bytes are (null when the reader could not say, e.g. an internal error). */
  kind: FileKind | null;
  /** Why the file was not checked; null when it was. */
  error: { code: string; message: LocalizedText } | null;
  /** The visible worksheets that were checked, as read (the grid preview draws them). */
  sheets: SheetData[];
  /** Every worksheet read, hidden ones included: a written cell may feed a formula on any of them. */
  allSheets: SheetData[];
  /** Hidden sheets left out, as `jxzp check` leaves them out. */
  hiddenSheets: string[];
  /** Worksheets that failed to read while the others were checked. */
  failures: SheetFailure[];
  evaluation: Evaluation | null;
  options: EvaluateOptions;
}

/** Kinds whose fixed copy the patch writer can produce (the package's own bytes, patched). */
export const WRITABLE_KINDS: readonly FileKind[] = ["xlsx", "xlsm"];

/** An .xlsx / .xlsm package, not named as a binary workbook (.xls / .et are refused as `jxzp fix` does). */
export function isWritable(file: CheckedFile): boolean {
  return (
    file.kind !== null && WRITABLE_KINDS.includes(file.kind) && !/\.(xls|et)$/i.test(file.name)
  );
}

const reasonOf = (err: unknown): string => (err instanceof Error ? err.message : String(err));

function failed(
  name: string,
  bytes: Uint8Array,
  kind: FileKind | null,
  code: string,
  message: LocalizedText,
  options: EvaluateOptions
): CheckedFile {
  return {
    name,
    bytes,
    kind,
    error: { code, message },
    sheets: [],
    allSheets: [],
    hiddenSheets: [],
    failures: [],
    evaluation: null,
    options,
  };
}

/**
 * Reads `bytes` (named `name`, whose extension helps tell an encrypted .xlsx from a .doc) and
 * evaluates every visible worksheet in one evaluation, as `jxzp check` does. Never throws: an
 * unreadable file comes back with `error` holding the reader's zh/en sentence.
 */
export function checkFile(
  name: string,
  bytes: Uint8Array,
  options: EvaluateOptions = {}
): CheckedFile {
  let read;
  try {
    read = readWorkbook(bytes, name);
  } catch (err) {
    if (err instanceof ReadError) return failed(name, bytes, null, err.code, err.text, options);
    return failed(name, bytes, null, "INTERNAL", webText.internal(reasonOf(err)), options);
  }
  const visible = read.sheets.filter((_s, i) => read.sheetInfo[i].state === "visible");
  const hiddenSheets = read.sheetInfo.filter((s) => s.state !== "visible").map((s) => s.name);
  try {
    return {
      name,
      bytes,
      kind: read.kind,
      error: null,
      sheets: visible,
      allSheets: read.sheets,
      hiddenSheets,
      failures: read.failures,
      evaluation: evaluate(visible, options),
      options,
    };
  } catch (err) {
    return failed(name, bytes, read.kind, "INTERNAL", webText.internal(reasonOf(err)), options);
  }
}
