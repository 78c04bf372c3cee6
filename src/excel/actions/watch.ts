// Staleness: tell the pane when the user edits a cell after a check (worksheet collection onChanged, ExcelApi 1.9).
import type { Session } from "../session";

/** WorksheetCollection.onChanged; below it the pane cannot learn of edits and says nothing. */
const CHANGED_EVENT_API = "1.9";

/**
 * Subscribes `onChange` to edits on any worksheet; our own writes (triggerSource "ThisLocalAddin",
 * ExcelApi 1.14) are ignored. Resolves to the unsubscribe function, or null where unsupported or
 * refused (a failure to watch must never break the pane).
 */
export async function watch(session: Session, onChange: () => void): Promise<(() => void) | null> {
  if (!session.env.isSetSupported("ExcelApi", CHANGED_EVENT_API)) return null;
  try {
    return await session.run(async (ctx) => {
      const handler = ctx.workbook.worksheets.onChanged.add(
        async (event: Excel.WorksheetChangedEventArgs) => {
          if (event.triggerSource === "ThisLocalAddin") return;
          onChange();
        }
      );
      await ctx.sync();
      return () => {
        void session
          .run(async (c) => {
            handler.remove();
            await c.sync();
          })
          .catch(() => undefined);
      };
    });
  } catch {
    return null;
  }
}
