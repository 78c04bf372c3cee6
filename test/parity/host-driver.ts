// The one shape every host is driven through by the parity test (test/parity/parity.test.ts):
// the CLI, the Excel adapter on its emulator, the offline web page's controller and the WPS adapter
// on its fake ET model each take the same workbook bytes and answer with the same data, so one test
// can say "same findings, same writes" for every host. Each host's driver lives in
// test/parity/drivers/<host>.ts and exports `driver: HostDriver`.

/** A workbook file as the clerk has it: its name (the extension matters: .xlsx, .xls, .et) and bytes. */
export interface ParityInput {
  name: string;
  bytes: Uint8Array;
}

/** One finding of a check, reduced to what every host can show. */
export interface ParityFinding {
  sheet: string;
  /** A1 address of the cell the finding points at; null for a form-level finding without a cell. */
  cell: string | null;
  code: string;
  severity: "error" | "warning" | "info";
}

/** One cell a recompute wrote, as the cell holds it afterwards. */
export interface ParityWrite {
  /** A number, a string, or null for a cell the recompute emptied. */
  value: number | string | null;
  /** The number format the cell has afterwards ("General" when the host reports none). */
  numberFormat: string;
}

export interface ParityRecompute {
  /** "Sheet!A1" → what the cell holds after the recompute; only cells whose value or format changed. */
  writes: Record<string, ParityWrite>;
  /**
   * The findings of the check run on the result (after the writes), so "recompute fixed what it
   * claims" is compared across hosts too.
   */
  after: ParityFinding[];
}

export type HostName = "cli" | "excel" | "web" | "wps";

export interface HostDriver {
  host: HostName;
  /** The findings of 检查 on every worksheet of the workbook (scope: workbook), in any order. */
  check(input: ParityInput): Promise<ParityFinding[]>;
  /**
   * 重新计算并写入 on every worksheet. Returns null when the host refuses to write this kind of file
   * (the CLI and the web page write .xlsx only; a spreadsheet host writes whatever it opened).
   */
  recompute(input: ParityInput): Promise<ParityRecompute | null>;
}

/** Sorted, so hosts that report in different orders compare equal. */
export function sortFindings(findings: ParityFinding[]): ParityFinding[] {
  const key = (f: ParityFinding): string =>
    `${f.sheet}\u0000${f.cell ?? ""}\u0000${f.code}\u0000${f.severity}`;
  return [...findings].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}
