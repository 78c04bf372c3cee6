// Shared set-up of the WPS adapter tests: a fixture spec or workbook bytes → the fake ET → the port.
import type { WorkbookPort } from "../../src/excel/port";
import type { Evaluation } from "../../src/core";
import { createWpsPort, type WpsDeps } from "../../src/wps/port";
import type { WpsHost } from "../../src/wps/host";
import {
  fakeBookFromSpec,
  fakeWps,
  type AccessMode,
  type FakeBook,
  type FakeWps,
} from "../../testkit/wps-fake";
import type { FormSpec, WorkbookSpec } from "../../testkit/fixtures/spec";

export const MODES: AccessMode[] = ["property", "method"];

export interface Rig {
  wps: FakeWps;
  host: WpsHost;
  port: WorkbookPort;
  book: FakeBook;
}

export function rigOf(book: FakeBook, mode: AccessMode = "property", deps: WpsDeps = {}): Rig {
  const wps = fakeWps(book, { mode });
  const host: WpsHost = { app: wps.et.Application, storage: wps.PluginStorage };
  return { wps, host, port: createWpsPort(host, deps), book };
}

export async function rigFor(spec: WorkbookSpec, mode: AccessMode = "property"): Promise<Rig> {
  return rigOf(await fakeBookFromSpec(spec), mode);
}

export function stacked(form: FormSpec, n: number, name = "表1"): WorkbookSpec {
  return { sheets: [{ name, forms: Array.from({ length: n }, () => ({ form })) }] };
}

export { rejectionOf } from "../excel/rejection";
/** What every cell holds (value, formula, number format; fills aside) as `Sheet!row,col → JSON`. */
export function contentsOf(book: FakeBook): Map<string, string> {
  const out = new Map<string, string>();
  for (const s of book.sheets)
    for (const [k, c] of s.cells) {
      if (c.value === undefined && c.formula === undefined && c.numberFormat === undefined)
        continue;
      out.set(`${s.name}!${k}`, JSON.stringify([c.value, c.formula, c.numberFormat]));
    }
  return out;
}

/** Cells whose content differs between two `contentsOf` maps. */
export function changedCells(a: Map<string, string>, b: Map<string, string>): string[] {
  const keys = new Set([...a.keys(), ...b.keys()]);
  return [...keys].filter((k) => a.get(k) !== b.get(k)).sort();
}

/** Findings as `Sheet!A1 CODE severity`, sorted, to compare two evaluations. */
export function findingKeys(ev: Evaluation | null): string[] {
  if (!ev) return [];
  return [...ev.sheetFindings, ...ev.forms.flatMap((f) => f.findings)]
    .map((f) => `${f.sheet}!${f.cell} ${f.code} ${f.severity}`)
    .sort();
}
