// 清除标记: restore the saved original fills in the scope (protected sheets keep theirs), or, without a
// saved snapshot (WPS was restarted), clear the cells still in our exact colours.
import { toA1 } from "../../core";
import { refuse } from "../../excel/errors";
import { actionResult } from "../../host/action-result";
import {
  countMarks,
  emptyMarks,
  HIGHLIGHT_COLORS,
  type MarksSnapshot,
} from "../../excel/highlight-store";
import type { ActionResult, Scope } from "../../excel/port";
import { callObj, get, getObj, set, type Com } from "../com";
import { bgrOf, restoreFill, XL_NONE, XL_SOLID } from "../fills";
import { rectOf, worksheetsOf } from "../read-sheet";
import type { WpsSession } from "../session";

/** `scope` "sheet" clears the active sheet's marks only; default: every sheet. */
export function clearMarks(session: WpsSession, scope: Scope = "workbook"): Promise<ActionResult> {
  return session.act("clear", () => {
    const book = session.book();
    if (session.readOnly(book)) throw refuse({ kind: "readOnly" });
    const store = session.store(book);
    const sheets = new Map(worksheetsOf(book).map((ws) => [String(get(ws, "Name")), ws]));
    const active =
      scope === "sheet" ? String(get(getObj(session.host.app, "ActiveSheet"), "Name")) : null;
    const inScope = (name: string) => active === null || name === active;
    const snap = store.marks();
    let restored = 0;
    const keptNames: string[] = [];
    let left = 0;
    if (snap && countMarks(snap) > 0) {
      const kept: MarksSnapshot = emptyMarks();
      for (const [sheet, cells] of Object.entries(snap.sheets)) {
        const ws = sheets.get(sheet);
        if (!ws) continue; // deleted or renamed: nothing left to restore
        if (!inScope(sheet)) {
          kept.sheets[sheet] = cells;
          continue;
        }
        if (get(ws, "ProtectContents") === true) {
          kept.sheets[sheet] = cells;
          keptNames.push(sheet);
          continue;
        }
        for (const [cell, fill] of Object.entries(cells)) {
          restoreFill(callObj(ws, "Range", cell), fill);
          restored += 1;
        }
      }
      store.saveMarks(kept);
      left = countMarks(kept);
    } else {
      for (const [name, ws] of sheets) {
        if (!inScope(name) || get(ws, "ProtectContents") === true) continue;
        if (get(ws, "Visible") !== -1 && get(ws, "Visible") !== true) continue;
        restored += clearByColour(ws);
      }
    }
    return actionResult("clear", {
      restored,
      unmarked: keptNames.length ? { why: "protected", sheets: keptNames } : null,
      marked: left,
    });
  });
}

const OURS = new Set(Object.values(HIGHLIGHT_COLORS).map(bgrOf));

/** A solid fill in one of our two colours (a range of mixed fills answers null: look closer). */
function fillKind(range: Com): "ours" | "other" | "mixed" {
  const interior = getObj(range, "Interior");
  const pattern = get(interior, "Pattern");
  if (pattern === XL_NONE) return "other";
  const color = get(interior, "Color");
  if (color === null || pattern === null) return "mixed";
  return pattern === XL_SOLID && OURS.has(Number(color)) ? "ours" : "other";
}

/**
 * Clears our colours on one sheet: the used range first (one answer when no cell is filled, or all
 * alike), then row by row, then cell by cell only in rows of mixed fills.
 */
function clearByColour(ws: Com): number {
  const r = rectOf(String(get(getObj(ws, "UsedRange"), "Address")));
  const all = callObj(
    ws,
    "Range",
    `${toA1(r.top, r.left)}:${toA1(r.top + r.rows - 1, r.left + r.cols - 1)}`
  );
  if (fillKind(all) === "other") return 0;
  let cleared = 0;
  for (let i = 0; i < r.rows; i++) {
    const row = r.top + i;
    const line = callObj(ws, "Range", `${toA1(row, r.left)}:${toA1(row, r.left + r.cols - 1)}`);
    const kind = fillKind(line);
    if (kind === "other") continue;
    for (let c = 0; c < r.cols; c++) {
      const cell = callObj(ws, "Range", toA1(row, r.left + c));
      if (kind === "mixed" && fillKind(cell) !== "ours") continue;
      set(getObj(cell, "Interior"), "Pattern", XL_NONE);
      cleared += 1;
    }
  }
  return cleared;
}
