// Cross-form analysis over the reports of a batch (issue 13): pure, deterministic, in input order.
import type { FileReport } from "../report/types";
import { batchSameIndicators } from "./batch-same-indicators";
import { batchTextCopied } from "./batch-text-copied";
import { batchUnitAllFullMarks } from "./batch-unit-all-full-marks";
import { unitKey } from "./normalize";
import type { BatchCheck, BatchEntry, BatchFinding } from "./types";

/** The cross-form checks, in the order of BATCH_CODES (the order their findings are listed in). */
export const BATCH_CHECKS: readonly BatchCheck[] = [
  batchUnitAllFullMarks,
  batchTextCopied,
  batchSameIndicators,
];

/** Every form of the batch with its input position and its unit (实施单位 …, else 主管部门). */
export function batchEntries(files: FileReport[]): BatchEntry[] {
  const entries: BatchEntry[] = [];
  for (const file of files) {
    for (const form of file.forms) {
      const unitText = form.unit || form.department || "";
      entries.push({
        file: file.file,
        order: entries.length,
        form,
        unitKey: unitKey(unitText),
        unitText,
      });
    }
  }
  return entries;
}

/**
 * The cross-form flags of a batch: by check (BATCH_CODES order), then by the first form each
 * concerns (every check groups in first-seen order). The same reports in the same order always give
 * the same flags in the same order.
 */
export function analyzeBatch(files: FileReport[]): BatchFinding[] {
  const entries = batchEntries(files);
  return BATCH_CHECKS.flatMap((c) => c.check(entries));
}

export { MIN_COPIED_CHARS, textKey, unitKey } from "./normalize";
export { MIN_SHARED_INDICATORS } from "./batch-same-indicators";
export type { BatchCheck, BatchCode, BatchFinding, BatchFormRef } from "./types";
