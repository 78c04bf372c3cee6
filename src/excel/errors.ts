// Any thrown value → an AddinError carrying a Refusal (data); the pane words it, the adapter does not.
import { AddinError, OFFICE_ERROR_CODES, type OfficeErrorCode, type Refusal } from "./port";

/** Shorthand for the adapter's own refusals: `throw refuse({ kind: "readOnly" })`. */
export function refuse(refusal: Refusal): AddinError {
  return new AddinError(refusal);
}

function codeOf(e: unknown): string | null {
  if (e && typeof e === "object" && typeof (e as { code?: unknown }).code === "string") {
    return (e as { code: string }).code;
  }
  return null;
}

function isOfficeCode(code: string | null): code is OfficeErrorCode {
  return (OFFICE_ERROR_CODES as readonly string[]).includes(code ?? "");
}

/** Any thrown value → an AddinError the pane can show; AddinErrors pass through. */
export function toAddinError(e: unknown): AddinError {
  if (e instanceof AddinError) return e;
  const code = codeOf(e);
  if (isOfficeCode(code)) return refuse({ kind: "office", code });
  const detail = e instanceof Error ? e.message : String(e);
  return refuse({ kind: "unexpected", code: code ?? "INTERNAL", detail });
}
