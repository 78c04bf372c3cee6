// The page's two ways out of the browser, both local: a Blob saved as a download, and printing.

/** Saves `data` as a file named `name` through a blob: URL (no network; the CSP allows no other). */
export function saveFile(name: string, data: Uint8Array | string, type: string): void {
  const blob = new Blob([data as BlobPart], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.rel = "noopener";
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Chromium reads the blob once the click has been handled; revoke after that turn.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
export const XLSM_TYPE = "application/vnd.ms-excel.sheet.macroEnabled.12";

/**
 * Prints `html` (a whole document) through a hidden iframe, so the page itself is not what prints
 * and the clerk gets the A4 report. The frame is removed after the print dialog closes.
 */
export function printHtml(html: string): void {
  const frame = document.createElement("iframe");
  frame.setAttribute("aria-hidden", "true");
  frame.setAttribute("data-testid", "print-frame");
  frame.style.cssText = "position:fixed;right:0;bottom:0;width:0;height:0;border:0;";
  frame.srcdoc = html;
  frame.onload = () => {
    const win = frame.contentWindow;
    if (!win) return;
    win.focus();
    win.print();
    // print() blocks until the dialog closes in Chromium; a later removal keeps Firefox happy too.
    setTimeout(() => frame.remove(), 60_000);
  };
  document.body.appendChild(frame);
}
