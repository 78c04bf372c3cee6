// Merged areas read from the workbook's own package (<mergeCell ref="…"/> of each worksheet part),
// for hosts below ExcelApi 1.13 where Range.getMergedAreasOrNullObject does not exist.
import { OpcPackage } from "../files/patch/package";
import { attributes, findElement, nextTag } from "../files/patch/xml";

/** Worksheet name → its merged areas as A1 ranges (`A5:A20`); a sheet without merges maps to []. */
export function mergesInPackage(bytes: Uint8Array): Map<string, string[]> {
  const pkg = new OpcPackage(bytes);
  const out = new Map<string, string[]>();
  for (const sheet of pkg.sheets()) {
    const xml = pkg.text(sheet.part);
    const refs: string[] = [];
    // <mergeCells> follows <sheetData>: jump to it instead of scanning every cell's tags.
    const list = findElement(xml, "mergeCells");
    for (
      let t = list && nextTag(xml, list.end);
      t && t.local !== "mergeCells";
      t = nextTag(xml, t.end)
    ) {
      if (t.kind === "close" || t.local !== "mergeCell") continue;
      const ref = attributes(xml.slice(t.start, t.end)).get("ref");
      if (ref) refs.push(ref.replace(/\$/g, ""));
    }
    out.set(sheet.name, refs);
  }
  return out;
}
