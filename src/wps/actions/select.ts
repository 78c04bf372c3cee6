// Go to a finding: activate its sheet and select its cell; not published (it changes nothing).
import { toAddinError } from "../../excel/errors";
import { callObj, call } from "../com";
import type { WpsSession } from "../session";

export async function select(session: WpsSession, sheet: string, cell: string): Promise<void> {
  try {
    const ws = session.sheet(session.book(), sheet);
    call(ws, "Activate");
    call(callObj(ws, "Range", cell), "Select");
  } catch (e) {
    throw toAddinError(e);
  }
}
