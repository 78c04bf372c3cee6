// 下载更正后的工作簿: the core's writes patched into the file's own package, then checked again (no DOM).
import {
  severityCounts,
  type CellWrite,
  type Evaluation,
  type Finding,
  type HeldWrite,
  type LocalizedText,
  type SeverityCounts,
} from "../../core";
import { readsStaleResult, staleFormulaCells, totalIsStale } from "../../files/patch/stale";
import { PackageError, patchXlsx, type SkipReason } from "../../files/xlsx-patch";
import { checkFile, isWritable, type CheckedFile } from "./check-file";
import { webText } from "./strings";

export interface FixedWorkbook {
  kind: "fixed";
  /** The download's name: the input's, marked as corrected, same extension. */
  name: string;
  bytes: Uint8Array;
  /** The cells written, in the core's order (the same cells `jxzp fix` writes). */
  applied: CellWrite[];
  /** Writes the patcher left alone (a formula cell, inside a merged area), each with why. */
  skipped: { write: CellWrite; reason: SkipReason }[];
  /** Computed cells the core held back, each with its reason. */
  held: HeldWrite[];
  /** The package asks Excel / WPS to recalculate on open: a written cell may feed a formula. */
  recalcOnOpen: boolean;
  /** `Sheet!A1` of formula cells whose cached result predates the writes (fresh after recalculation). */
  stale: string[];
  /** The check of the fixed bytes, read back as a new file. */
  after: CheckedFile;
  /**
   * Findings of that check that only compare a stale cached formula result (a formula cell reading a
   * written cell, or the grade of a form whose total is such a formula): not counted in `remaining`.
   */
  unchecked: Finding[];
  /** What is left to do in the fixed copy, the unchecked findings set aside (as `jxzp fix` says it). */
  remaining: SeverityCounts;
}

/** The fixed workbook cannot be produced: the reason, in zh and en. */
export interface FixRefused {
  kind: "refused";
  reason: LocalizedText;
}

export type FixOutcome = FixedWorkbook | FixRefused;

/** `自评表.xlsx` → `自评表（已更正）.xlsx`; a name without an extension gets `.xlsx`. */
export function fixedName(name: string, ext = ".xlsx"): string {
  const m = /^(.*?)(\.[^.\\/]+)?$/.exec(name)!;
  const base = m[1] || "workbook";
  const own = m[2]?.toLowerCase();
  return `${base}（已更正）${own === ".xlsm" ? ".xlsm" : ext}`;
}

/**
 * Writes the computed cells of `file`'s evaluation into a copy of its package: only those cells'
 * XML changes (src/files/xlsx-patch.ts), formulas are never overwritten, held cells are not in the
 * writes. An .xls / .et / .ods file, or a package the patcher cannot read, is refused with a reason.
 */
export function fixFile(file: CheckedFile): FixOutcome {
  if (file.error || !file.evaluation) return { kind: "refused", reason: webText.fixUnreadable };
  if (!isWritable(file)) return { kind: "refused", reason: webText.fixLegacy };
  const { writes } = file.evaluation;
  let result;
  try {
    result = patchXlsx(file.bytes, writes);
  } catch (err) {
    if (!(err instanceof PackageError)) throw err;
    return { kind: "refused", reason: webText.cannotPatch(err.message) };
  }
  const stale = staleFormulaCells(file.allSheets, result.applied);
  const name = fixedName(file.name);
  const after = checkFile(name, result.bytes, file.options);
  const { kept, unchecked } = splitStale(after.evaluation, stale);
  return {
    kind: "fixed",
    name,
    bytes: result.bytes,
    applied: result.applied,
    skipped: result.skipped,
    held: file.evaluation.forms.flatMap((f) => f.held ?? []),
    recalcOnOpen: result.recalcOnOpen,
    stale: [...stale].sort(),
    after,
    unchecked,
    remaining: severityCounts(kept),
  };
}

/** The re-check's findings, less those that read a formula result the host recalculates on open. */
function splitStale(
  evaluation: Evaluation | null,
  stale: Set<string>
): { kept: Finding[]; unchecked: Finding[] } {
  const kept: Finding[] = [];
  const unchecked: Finding[] = [];
  if (!evaluation) return { kept, unchecked };
  const sort = (f: Finding, totalStale: boolean) =>
    (readsStaleResult(f, stale, totalStale) ? unchecked : kept).push(f);
  // findingsOf's order: the sheet-level findings, then each form's.
  for (const f of evaluation.sheetFindings) sort(f, false);
  for (const form of evaluation.forms) {
    const totalStale = totalIsStale(form, stale);
    for (const f of form.findings) sort(f, totalStale);
  }
  return { kept, unchecked };
}
