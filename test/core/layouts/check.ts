// Shared checks for the layout specs: every placement of a form, and the recompute safety promise.
import { evaluate } from "../../../src/core";
import type { Evaluation, FormReport } from "../../../src/core";
import type { CellValue, SheetData } from "../../../src/core/types";
import { parseA1, toA1 } from "../../../src/core/grid/address";
import { PLACEMENTS, type GridForm } from "../../../testkit/fixtures/grid-forms";
import { applyWrites } from "../apply";

export interface Placed {
  name: string;
  sheets: SheetData[];
  /** Each form's top-left cell, in the order the core reports the forms. */
  origins: { r: number; c: number }[];
}

/** The form placed every way PLACEMENTS lists. */
export function everyPlacement(form: GridForm): Placed[] {
  return PLACEMENTS.map((p) => {
    const placed = p.sheets([form]);
    return {
      name: p.name,
      sheets: placed.map((x) => x.sheet),
      origins: placed.flatMap((x) => x.origins),
    };
  });
}

/** `A1` relative to a form's top-left cell → the absolute address. */
export function at(origin: { r: number; c: number }, rel: string): string {
  const p = parseA1(rel);
  return toA1(origin.r + p.r, origin.c + p.c);
}

/** Findings other than infos, as `CODE@cell`. */
export function problems(f: FormReport): string[] {
  return f.findings.filter((x) => x.severity !== "info").map((x) => `${x.code}@${x.cell}`);
}

function valueAt(sheets: SheetData[], sheet: string, cell: string): CellValue {
  const s = sheets.find((x) => x.name === sheet)!;
  const p = parseA1(cell);
  return s.values[p.r - s.top]?.[p.c - s.left] ?? null;
}

/** A cell's number; text `"95.00%"` is 0.95, as the form shows it. */
function numberOf(v: CellValue): number {
  const t = String(v).trim().replace(/分$/, "");
  return t.endsWith("%") ? Number((Number(t.slice(0, -1)) / 100).toFixed(10)) : Number(t);
}

/**
 * The recompute promise (docs/rules.md §6) on a placed form: a correct form gets no write and no
 * error or warning; with `truth` (cell → the right value, relative to each form's origin) every write
 * to a listed cell puts the right value there and, unless `restores` is false, every listed cell
 * holds its right value once the writes are applied.
 */
export function expectSafeRecompute(
  placed: Placed,
  truth?: Record<string, number | string>,
  /** `false`: only check that no write puts a wrong value (a damaged cell may be left as it is). */
  restores = true
): Evaluation {
  const ev = evaluate(placed.sheets);
  if (!truth) {
    expect(ev.forms.map(problems)).toEqual(ev.forms.map(() => []));
    expect(ev.writes).toEqual([]);
    return ev;
  }
  const wanted = new Map<string, number | string>();
  ev.forms.forEach((f, k) => {
    for (const [rel, v] of Object.entries(truth))
      wanted.set(`${f.sheet}!${at(placed.origins[k], rel)}`, v);
  });
  const wrong = ev.writes
    .filter((w) => wanted.has(`${w.sheet}!${w.cell}`))
    .filter((w) => {
      const want = wanted.get(`${w.sheet}!${w.cell}`)!;
      return typeof want === "number" ? Math.abs(Number(w.value) - want) > 1e-9 : w.value !== want;
    })
    .map((w) => `${w.cell}=${String(w.value)}`);
  expect(wrong).toEqual([]);
  if (!restores) return ev;
  const after = applyWrites(placed.sheets, ev.writes);
  for (const [key, want] of wanted) {
    const [sheet, cell] = key.split("!");
    const got = valueAt(after, sheet, cell);
    const same = typeof want === "number" ? numberOf(got) === want : got === want;
    expect({ cell: key, got, same }).toEqual({ cell: key, got, same: true });
  }
  return ev;
}
