// The WPS host for the parity test: the bytes loaded into the fake ET model (through src/files, so
// .xls and .et load too), driven through the WPS adapter's port in workbook scope.
import type { Evaluation } from "../../../src/core";
import { AddinError } from "../../../src/excel/port";
import { createWpsPort } from "../../../src/wps/port";
import { toA1 } from "../../../src/core";
import { fakeBookFromBytes, fakeWps, type FakeBook } from "../../../testkit/wps-fake";
import type { HostDriver, ParityFinding, ParityInput, ParityWrite } from "../host-driver";

function portOn(book: FakeBook) {
  const wps = fakeWps(book);
  return createWpsPort({ app: wps.et.Application, storage: wps.PluginStorage }, { publish: false });
}

function findingsOf(ev: Evaluation | null): ParityFinding[] {
  if (!ev) return [];
  return [...ev.sheetFindings, ...ev.forms.flatMap((f) => f.findings)].map((f) => ({
    sheet: f.sheet,
    cell: f.cell ?? null,
    code: f.code,
    severity: f.severity,
  }));
}

/** A workbook without any data is no finding, as for the CLI (which exits 3 and reports nothing). */
function isNothingToCheck(e: unknown): boolean {
  return (
    e instanceof AddinError && (e.refusal.kind === "noSheets" || e.refusal.kind === "emptySheet")
  );
}

async function checkBook(book: FakeBook): Promise<ParityFinding[]> {
  try {
    return findingsOf(
      (await portOn(book).check("workbook", undefined, { mark: false })).evaluation
    );
  } catch (e) {
    if (isNothingToCheck(e)) return [];
    throw e;
  }
}

/** Cell content as the parity test compares it: value and number format ("General" when none). */
function contents(book: FakeBook): Map<string, ParityWrite> {
  const out = new Map<string, ParityWrite>();
  for (const s of book.sheets)
    for (const [key, c] of s.cells) {
      const [row, col] = key.split(",").map(Number);
      const value =
        c.value === undefined ? null : typeof c.value === "boolean" ? String(c.value) : c.value;
      out.set(`${s.name}!${toA1(row, col)}`, { value, numberFormat: c.numberFormat ?? "General" });
    }
  return out;
}

export const driver: HostDriver = {
  host: "wps",
  check: (input: ParityInput) => checkBook(fakeBookFromBytes(input.bytes, input.name)),
  async recompute(input: ParityInput) {
    const book = fakeBookFromBytes(input.bytes, input.name);
    const before = contents(book);
    try {
      await portOn(book).recompute("workbook", undefined, { mark: false });
    } catch (e) {
      if (!isNothingToCheck(e)) throw e;
    }
    const writes: Record<string, ParityWrite> = {};
    for (const [cell, now] of contents(book)) {
      const was = before.get(cell) ?? { value: null, numberFormat: "General" };
      if (was.value !== now.value || was.numberFormat !== now.numberFormat) writes[cell] = now;
    }
    return { writes, after: await checkBook(book) };
  },
};
