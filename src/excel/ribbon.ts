// The ribbon's 一键重算 entry: recompute the active sheet without the pane; the outcome goes to the shared store.
import { getLastOutcome, type LastOutcome } from "./last-result";
import type { WorkbookPort } from "./port";
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
 */
export async function recomputeActiveSheet(
  port: WorkbookPort = excelPort()
): Promise<LastOutcome | null> {
  try {
    await port.recompute("sheet");
  } catch {
    // Already published by the port as an error outcome.
  }
  return getLastOutcome();
}
