// 清除标记: restore the saved original fills in the scope (protected sheets keep theirs), or clear our colours without a snapshot.
/* eslint-disable office-addins/call-sync-before-read, office-addins/call-sync-after-load -- the rule does not follow reads after a sync inside a branch; the emulator enforces PropertyNotLoaded at run time */
import { toA1 } from "../../core";
import { actionResult } from "../../host/action-result";
import { refuse } from "../errors";
import {
  countMarks,
  emptyMarks,
  isHighlightColor,
  MARKS_KEY,
  parseMarks,
  queueRestoreFill,
  queueSaveMarks,
} from "../highlight-store";
import type { ActionResult, Scope } from "../port";
import type { Features } from "../requirements";
import type { Session } from "../session";

/** `scope` "sheet" clears the active sheet's marks only (as 检查 本表 painted them); default: every sheet. */
export function clearMarks(session: Session, scope: Scope = "workbook"): Promise<ActionResult> {
  return session.act("clear", () =>
    session.run(async (ctx) => {
      const f = session.features();
      if (session.env.isReadOnly()) throw refuse({ kind: "readOnly" });
      const setting = ctx.workbook.settings.getItemOrNullObject(MARKS_KEY);
      setting.load("value");
      const sheets = ctx.workbook.worksheets;
      sheets.load("items/name,items/visibility,items/protection/protected");
      const active = scope === "sheet" ? ctx.workbook.worksheets.getActiveWorksheet() : null;
      active?.load("name");
      await ctx.sync();
      const inScope = (name: string) => active === null || name === active.name;
      const info = new Map(sheets.items.map((s) => [s.name, s]));
      const snap = setting.isNullObject ? null : parseMarks(setting.value);
      let restored = 0;
      let left = 0;
      const keptNames: string[] = [];
      if (snap && countMarks(snap) > 0) {
        const kept = emptyMarks();
        for (const [sheet, cells] of Object.entries(snap.sheets)) {
          const ws = info.get(sheet);
          if (!ws) continue; // deleted or renamed: nothing left to restore
          if (!inScope(sheet)) {
            kept.sheets[sheet] = cells;
            continue;
          }
          if (ws.protection.protected) {
            kept.sheets[sheet] = cells;
            keptNames.push(sheet);
            continue;
          }
          for (const [cell, fill] of Object.entries(cells)) {
            queueRestoreFill(
              ctx.workbook.worksheets.getItem(sheet).getRange(cell),
              fill,
              f.cellProperties
            );
            restored += 1;
          }
        }
        queueSaveMarks(ctx, kept, true);
        await ctx.sync();
        left = countMarks(kept);
      } else {
        const scanned = sheets.items.filter((s) => inScope(s.name));
        restored = await clearByColour(ctx, f, scanned, !setting.isNullObject && active === null);
      }
      return actionResult("clear", {
        restored,
        unmarked: keptNames.length ? { why: "protected", sheets: keptNames } : null,
        marked: left,
      });
    })
  );
}

/**
 * 清除标记 without a saved snapshot (settings lost): clear cells painted exactly in our colours.
 * Needs getCellProperties (ExcelApi 1.9); older hosts can only restore from the snapshot.
 */
async function clearByColour(
  ctx: Excel.RequestContext,
  f: Features,
  sheets: Excel.Worksheet[],
  staleSetting: boolean
): Promise<number> {
  if (!f.cellProperties) return 0;
  const scans = sheets
    .filter((s) => s.visibility === "Visible" && !s.protection.protected)
    .map((s) => {
      // Not valuesOnly: a marked blank cell is used only through its fill.
      const used = ctx.workbook.worksheets.getItem(s.name).getUsedRange(false);
      used.load("rowIndex,columnIndex");
      const props = used.getCellProperties({ format: { fill: { color: true, pattern: true } } });
      return { name: s.name, used, props };
    });
  await ctx.sync();
  let cleared = 0;
  for (const s of scans) {
    s.props.value.forEach((line, r) =>
      line.forEach((p, c) => {
        const fill = p.format?.fill;
        if (!fill || !isHighlightColor(fill.color) || (fill.pattern && fill.pattern !== "Solid"))
          return;
        const cell = toA1(s.used.rowIndex + r, s.used.columnIndex + c);
        ctx.workbook.worksheets.getItem(s.name).getRange(cell).format.fill.clear();
        cleared += 1;
      })
    );
  }
  if (staleSetting) ctx.workbook.settings.getItem(MARKS_KEY).delete();
  if (cleared || staleSetting) await ctx.sync();
  return cleared;
}
