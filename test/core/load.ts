// Loads fixture workbooks the way `jxzp check` does (src/files → SheetData), for core tests.
import { buildWorkbookWithMap, type FormMap } from "../../testkit/fixtures/build";
import type { WorkbookSpec } from "../../testkit/fixtures/spec";
import { readForCheck } from "../../src/cli/read-xlsx";
import type { SheetData } from "../../src/core/types";

export async function loadSpec(
  spec: WorkbookSpec
): Promise<{ sheets: SheetData[]; forms: FormMap[] }> {
  const { workbook, forms } = buildWorkbookWithMap(spec);
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  const loaded = await readForCheck(buffer);
  return { sheets: loaded.sheets, forms };
}
