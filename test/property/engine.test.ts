// Properties of the core over generated workbooks (read as the CLI reads them): no throw, findings in their
// form, writes only into computed cells, recompute idempotent.
import fc from "fast-check";
import { sheetToData } from "../../src/cli/read-xlsx";
import { evaluate } from "../../src/core";
import { inArea, parseA1, parseArea, toA1 } from "../../src/core/grid/address";
import type { Evaluation } from "../../src/core/report/types";
import type { Finding, FindingCode, SheetData } from "../../src/core/types";
import { applyWrites } from "../core/apply";
import { caseArb, type Case } from "./arbitraries";
import { check, RUNS } from "./fuzz-config";
import { buildCase, computedCellsOf } from "./mutate";
import { beyondPrecision } from "./precision-limit";

/** Codes that say "this number is not the arithmetic of the form": a recomputed cell must never carry one. */
const ARITHMETIC: ReadonlySet<FindingCode> = new Set<FindingCode>([
  "FUND_RATE",
  "FUND_BALANCE",
  "FUND_SCORE",
  "IND_SCORE_MISMATCH",
  "IND_SCORE_MISSING",
  "IND_SCORE_INVALID",
  "IND_SCORE_OVER_WEIGHT",
  "TOTAL_MISMATCH",
  "TOTAL_MISSING",
  "GRADE_MISMATCH",
  "GRADE_MISSING",
  "FORMULA_RESULT_MISMATCH",
]);

function load(c: Case) {
  const built = buildCase(c);
  const sheets: SheetData[] = built.workbook.worksheets.map(sheetToData);
  return { ...built, sheets };
}

function allFindings(ev: Evaluation): Finding[] {
  return [...ev.sheetFindings, ...ev.forms.flatMap((f) => f.findings)];
}

function formulaAt(sheets: SheetData[], sheet: string, row: number, col: number): string | null {
  const s = sheets.find((x) => x.name === sheet);
  return s?.formulas?.[row - s.top]?.[col - s.left] || null;
}

function describeCase(c: Case, ev?: Evaluation): string {
  return JSON.stringify({
    case: c,
    writes: ev?.writes.map((w) => `${w.sheet}!${w.cell}:${w.role}`),
  });
}

describe("core properties over generated workbooks", () => {
  jest.setTimeout(600_000);

  test("never throws; every finding points at a cell inside its form", async () => {
    await check(
      "findings inside their form",
      fc.property(caseArb(), (c) => {
        const { sheets } = load(c);
        const ev = evaluate(sheets);
        const names = new Set(sheets.map((s) => s.name));
        for (const form of ev.forms) {
          expect(form.range).toMatch(/^[A-Z]{1,3}\d+(:[A-Z]{1,3}\d+)?$/);
          const area = parseArea(form.range);
          for (const f of form.findings) {
            // The cross-check with a target form may point at that form's cells (docs/targets.md).
            if (f.code.startsWith("TARGET_")) {
              expect(names.has(f.sheet)).toBe(true);
              continue;
            }
            expect(f.sheet).toBe(form.sheet);
            const p = parseA1(f.cell);
            if (inArea(area, p.r, p.c)) continue;
            throw new Error(`${f.code} at ${f.cell} outside ${form.range}: ${describeCase(c)}`);
          }
        }
        for (const f of ev.sheetFindings) {
          expect(names.has(f.sheet)).toBe(true);
          expect(() => parseA1(f.cell)).not.toThrow();
        }
        for (const f of allFindings(ev)) {
          expect(f.message.zh.length).toBeGreaterThan(0);
          expect(f.message.en.length).toBeGreaterThan(0);
        }
      }),
      RUNS
    );
  });

  test("writes go only to computed cells of docs/rules.md §6, never to an input or a formula", async () => {
    await check(
      "writes only computed cells",
      fc.property(caseArb(), (c) => {
        const { sheets, forms } = load(c);
        const ev = evaluate(sheets);
        const computed = new Map(forms.flatMap((m) => [...computedCellsOf(m)]));
        const seen = new Set<string>();
        for (const w of ev.writes) {
          const k = `${w.sheet}!${w.cell}`;
          expect(w.cell).toBe(toA1(w.row, w.col));
          expect(seen.has(k)).toBe(false);
          if (typeof w.value === "number" && !Number.isFinite(w.value))
            throw new Error(`write ${k} = ${w.value}: ${describeCase(c, ev)}`);
          seen.add(k);
          if (w.before.formula || formulaAt(sheets, w.sheet, w.row, w.col))
            throw new Error(`write into formula cell ${k}: ${describeCase(c, ev)}`);
          if (c.chaos) {
            // Labels may have moved: the write must at least stay inside a form the core found.
            const inside = ev.forms.some(
              (f) => f.sheet === w.sheet && inArea(parseArea(f.range), w.row, w.col)
            );
            if (!inside) throw new Error(`write ${k} outside every form: ${describeCase(c, ev)}`);
          } else if (computed.get(k) !== w.role) {
            throw new Error(
              `write ${k} as ${w.role}, but the cell is ${computed.get(k) ?? "not computed"}: ${describeCase(c, ev)}`
            );
          }
        }
      }),
      RUNS
    );
  });

  test("recompute is idempotent: written cells check clean, a second recompute writes nothing", async () => {
    await check(
      "recompute idempotent",
      fc.property(caseArb(), (c) => {
        const { sheets } = load(c);
        const first = evaluate(sheets);
        const after = applyWrites(sheets, first.writes);
        const second = evaluate(after);
        expect(second.forms.map((f) => f.range)).toEqual(first.forms.map((f) => f.range));
        const again = second.writes.filter((w) => !beyondPrecision(w)); // beyond a double's precision
        if (again.length > 0) {
          throw new Error(
            `second recompute writes ${again.map((w) => `${w.cell}=${w.value}`).join(", ")}: ${describeCase(c, first)}`
          );
        }
        const written = new Set(
          first.writes.filter((w) => !beyondPrecision(w)).map((w) => `${w.sheet}!${w.cell}`)
        );
        const stale = second.forms.flatMap((form) =>
          form.findings.filter((f) => ARITHMETIC.has(f.code) && written.has(`${f.sheet}!${f.cell}`))
        );
        if (stale.length > 0) {
          throw new Error(
            `recomputed cells still flagged: ${stale.map((f) => `${f.cell} ${f.code} ${f.message.en}`).join("; ")}: ${describeCase(c, first)}`
          );
        }
      }),
      RUNS
    );
  });

  test("evaluate is deterministic and does not modify its input", async () => {
    await check(
      "deterministic",
      fc.property(caseArb({ maxForms: 2 }), (c) => {
        const { sheets } = load(c);
        const before = JSON.stringify(sheets);
        const a = evaluate(sheets);
        expect(JSON.stringify(sheets)).toBe(before);
        expect(JSON.stringify(evaluate(sheets))).toBe(JSON.stringify(a));
      }),
      Math.max(20, Math.round(RUNS / 4))
    );
  });
});
