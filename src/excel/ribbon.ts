// The ribbon's 一键重算 entry: recompute the active sheet without the pane; the outcome goes to the shared store
// (and, without a shared runtime, into the workbook, where the pane opened in its own runtime finds it).
import { getLastOutcome, type LastOutcome } from "./last-result";
import type { WorkbookPort } from "./port";
import { detectFeatures, officeEnv, type OfficeEnv } from "./requirements";
import { saveRibbonOutcome } from "./ribbon-outcome";
import { createExcelPort, type RunExcel } from "./workbook-port";

/** The port over the real `Excel.run`; created on first use so importing never touches Office. */
let defaultPort: WorkbookPort | null = null;

export function excelPort(): WorkbookPort {
  defaultPort ??= createExcelPort(Excel.run as RunExcel);
  return defaultPort;
}

/**
 * Recomputes the active sheet and never throws: the result or the error is published to the
 * last-result store (the pane shows it when opened) and returned for the command's notification.
 * Without SharedRuntime 1.1 this runtime is not the pane's: the outcome is also kept in the workbook.
 */
export async function recomputeActiveSheet(
  port: WorkbookPort = excelPort(),
  env: OfficeEnv = officeEnv(),
  run: RunExcel = Excel.run as RunExcel
): Promise<LastOutcome | null> {
  try {
    await port.recompute("sheet");
  } catch {
    // Already published by the port as an error outcome.
  }
  const outcome = getLastOutcome();
  if (outcome && !detectFeatures(env).sharedRuntime) await saveRibbonOutcome(run, outcome);
  return outcome;
}
