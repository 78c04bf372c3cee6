// Which formula cells show a stale cached result once cells are written (until the host recalculates).
import type { Finding, SheetData } from "../../core";
import { a1 } from "./sheet-cells";

export interface CellKey {
  sheet: string;
  cell: string;
}

interface Ref {
  sheet: string;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const MAX_ROW = 1_048_575;
const MAX_COL = 16_383;

// 'Sheet name'!A1:B2, Sheet!$A$1, A1, A:A, 3:3 — enough of Excel's reference grammar to follow a form's sums.
const REF =
  /(?:(?:'((?:[^']|'')+)'|([A-Za-z_\u0080-\uffff][\w.\u0080-\uffff]*))!)?(\$?[A-Za-z]{1,3}\$?\d{1,7}(?::\$?[A-Za-z]{1,3}\$?\d{1,7})?|\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3}|\$?\d{1,7}:\$?\d{1,7})(?![\w(!])/g;
// Functions whose reach the references in the text do not show.
const INDIRECT = /\b(?:INDIRECT|OFFSET|INDEX|CHOOSE)\s*\(/i;
// A name (defined name or table) used as a value: a word that is not a function, a reference or TRUE/FALSE.
const NAME = /(?:^|[^\w.!$'"])([A-Za-z_\u0080-\uffff][\w.\u0080-\uffff]*)(?![\w(!]|\s*\()/g;

function col(letters: string): number {
  let c = 0;
  for (const ch of letters.replace(/\$/g, "").toUpperCase()) c = c * 26 + ch.charCodeAt(0) - 64;
  return c - 1;
}

function point(s: string): { row: number | null; col: number | null } {
  const m = /^\$?([A-Za-z]{0,3})\$?(\d{0,7})$/.exec(s)!;
  return { col: m[1] ? col(m[1]) : null, row: m[2] ? Number(m[2]) - 1 : null };
}

/** The references a formula's text names, or null when it may reach cells the text does not show. */
export function formulaRefs(formula: string, ownSheet: string): Ref[] | null {
  const text = formula.replace(/"(?:[^"]|"")*"/g, '""');
  if (INDIRECT.test(text)) return null;
  const refs: Ref[] = [];
  const stripped = text.replace(REF, (_m, quoted: string, bare: string, area: string) => {
    const sheet = quoted !== undefined ? quoted.replace(/''/g, "'") : (bare ?? ownSheet);
    const [a, b = a] = area.split(":");
    const p = point(a);
    const q = point(b);
    refs.push({
      sheet,
      top: Math.min(p.row ?? 0, q.row ?? 0),
      bottom: p.row === null ? MAX_ROW : Math.max(p.row, q.row ?? p.row),
      left: Math.min(p.col ?? 0, q.col ?? 0),
      right: p.col === null ? MAX_COL : Math.max(p.col, q.col ?? p.col),
    });
    return " ";
  });
  for (const m of stripped.matchAll(NAME)) {
    if (!/^(TRUE|FALSE)$/i.test(m[1])) return null;
  }
  return refs;
}

/**
 * The formula cells of `sheets` whose result depends, directly or through other such cells, on a
 * cell in `written`. A formula whose reach cannot be read from its text (INDIRECT, a defined name)
 * counts as depending on every written cell.
 */
export function staleFormulaCells(sheets: SheetData[], written: CellKey[]): Set<string> {
  const stale = new Set<string>();
  if (!written.length) return stale;
  const formulas: { key: string; sheet: string; row: number; col: number; refs: Ref[] | null }[] =
    [];
  for (const s of sheets) {
    s.formulas?.forEach((line, r) =>
      line.forEach((f, c) => {
        if (!f) return;
        const row = r + s.top;
        const column = c + s.left;
        formulas.push({
          key: `${s.name}!${a1(row, column)}`,
          sheet: s.name,
          row,
          col: column,
          refs: formulaRefs(f, s.name),
        });
      })
    );
  }
  const changed: { sheet: string; row: number; col: number }[] = written.map((w) => {
    const m = /^([A-Za-z]{1,3})(\d+)$/.exec(w.cell.replace(/\$/g, ""))!;
    return { sheet: w.sheet, row: Number(m[2]) - 1, col: col(m[1]) };
  });
  const reaches = (refs: Ref[] | null, x: { sheet: string; row: number; col: number }) =>
    refs === null ||
    refs.some(
      (r) =>
        r.sheet === x.sheet &&
        x.row >= r.top &&
        x.row <= r.bottom &&
        x.col >= r.left &&
        x.col <= r.right
    );
  // Propagate until no new formula cell turns stale (each pass checks only the cells that changed).
  let frontier = changed;
  while (frontier.length) {
    const next: typeof frontier = [];
    for (const f of formulas) {
      if (stale.has(f.key)) continue;
      if (frontier.some((x) => reaches(f.refs, x))) {
        stale.add(f.key);
        next.push({ sheet: f.sheet, row: f.row, col: f.col });
      }
    }
    frontier = next;
  }
  return stale;
}

/** A grade finding compares the grade cell with the total: it is stale when the total is. */
const GRADE_CODES = new Set(["GRADE_MISMATCH", "GRADE_MISSING"]);

/** Whether a form's total cell is one of the `stale` formula cells ("Sheet!A1"). */
export function totalIsStale(
  form: { sheet: string; total: { cell: string } },
  stale: ReadonlySet<string>
): boolean {
  return stale.has(`${form.sheet}!${form.total.cell}`);
}

/**
 * Whether a re-check finding only compares a stale cached formula result — it sits on a formula cell
 * in `stale`, or it is a grade finding of a form whose total is such a formula — and so is set aside
 * (not counted) until the host recalculates on open. `jxzp fix` and the web page's download both ask.
 */
export function readsStaleResult(
  finding: Finding,
  stale: ReadonlySet<string>,
  formTotalStale: boolean
): boolean {
  return (
    stale.has(`${finding.sheet}!${finding.cell}`) ||
    (formTotalStale && GRADE_CODES.has(finding.code))
  );
}
