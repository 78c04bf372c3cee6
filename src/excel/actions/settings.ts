// The pane's own settings (profile, grade bands, marks on/off) kept in the workbook, so they travel with the file.
/* eslint-disable office-addins/call-sync-before-read, office-addins/call-sync-after-load -- the rule does not follow a sync inside session.run's callback; the emulator enforces PropertyNotLoaded at run time */
import type { Session } from "../session";

/** Settings key; Excel scopes it to (workbook, add-in id) like the marks and undo keys. */
export const PANE_SETTINGS_KEY = "jxzp.pane.v1";

/** The saved value parsed from JSON, or null when absent or unreadable (never throws). */
export async function loadSettings(session: Session): Promise<unknown> {
  try {
    return await session.run(async (ctx) => {
      const item = ctx.workbook.settings.getItemOrNullObject(PANE_SETTINGS_KEY);
      item.load("value");
      await ctx.sync();
      if (item.isNullObject) return null;
      const raw: unknown = item.value;
      return typeof raw === "string" ? (JSON.parse(raw) as unknown) : raw;
    });
  } catch {
    return null;
  }
}

/** Saves the value (one sync); a read-only workbook refuses, which the caller may ignore. */
export async function saveSettings(session: Session, value: unknown): Promise<void> {
  if (session.env.isReadOnly()) return;
  await session.run(async (ctx) => {
    ctx.workbook.settings.add(PANE_SETTINGS_KEY, JSON.stringify(value));
    await ctx.sync();
  });
}
