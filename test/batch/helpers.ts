// Test helpers for the batch: form reports from fixture specs, as the CLI would produce them.
import { evaluate, type FileReport } from "../../src/core";
import { readForCheck } from "../../src/cli/read-xlsx";
import { fileReport } from "../../src/cli/report";
import { buildXlsx } from "../../testkit/fixtures/build";
import type { FormSpec, WorkbookSpec } from "../../testkit/fixtures/spec";

export const oneForm = (form: FormSpec): WorkbookSpec => ({
  sheets: [{ name: "自评表", forms: [{ form }] }],
});

/** The file report of a workbook built from `spec`, read through src/files as `check` reads it. */
export async function reportOf(file: string, spec: WorkbookSpec): Promise<FileReport> {
  const loaded = await readForCheck(await buildXlsx(spec), file);
  return fileReport(file, evaluate(loaded.sheets));
}

/** One report per form spec, named a.xlsx, b.xlsx … in order. */
export async function reportsOf(forms: FormSpec[]): Promise<FileReport[]> {
  return Promise.all(
    forms.map((f, i) => reportOf(`${String.fromCharCode(97 + i)}.xlsx`, oneForm(f)))
  );
}
