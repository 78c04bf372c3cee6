// Go to a finding: activate its sheet and select its cell; not published (it changes nothing).
import { toAddinError } from "../errors";
import type { Session } from "../session";

export async function select(session: Session, sheet: string, cell: string): Promise<void> {
  try {
    await session.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(cell).select();
      await ctx.sync();
    });
  } catch (e) {
    throw toAddinError(e);
  }
}
