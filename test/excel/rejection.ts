// How an adapter test reads a refusal: the AddinError an action rejects with, and the pane's zh/en
// words for it. A module of its own (no emulator import), so the WPS tests can use it under jsdom.
import type { LocalizedText } from "../../src/core";
import { AddinError } from "../../src/excel/port";
import { refusalText } from "../../src/taskpane/status";

/** The AddinError an action rejects with, and the pane's zh/en words for its refusal. */
export async function rejectionOf(
  action: Promise<unknown>
): Promise<{ error: AddinError; words: LocalizedText }> {
  const error = await action.then(
    () => {
      throw new Error("expected the action to be refused");
    },
    (e: unknown) => e
  );
  if (!(error instanceof AddinError)) throw error;
  return { error, words: refusalText(error.refusal) };
}
