// Staleness: tell the pane when the user edits a cell after a check (worksheet collection onChanged, ExcelApi 1.9).
import { detectFeatures } from "../requirements";
import type { Session } from "../session";

/**
 * Subscribes `onChange` to edits on any worksheet; our own writes (triggerSource "ThisLocalAddin",
 * ExcelApi 1.14) are ignored. Resolves to the unsubscribe function, or null where unsupported or
 * refused (a failure to watch must never break the pane).
 */
export async function watch(session: Session, onChange: () => void): Promise<(() => void) | null> {
  // Below ExcelApi 1.9 the pane cannot learn of edits: no staleness bar (its notice says so).
  if (!detectFeatures(session.env).changeEvents) return null;
  try {
    return await session.run(async (ctx) => {
      const handler = ctx.workbook.worksheets.onChanged.add(
        async (event: Excel.WorksheetChangedEventArgs) => {
          if (event.triggerSource === "ThisLocalAddin") return;
          onChange();
        }
      );
      await ctx.sync();
      // A handler is removed in the context it was added in (Excel.run(handler.context, …)).
      return () => {
        void session
          .runIn(handler.context as Excel.RequestContext, async (c) => {
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
