// The workbooks the web page's tests load: built fixtures, the bundled sample, the WPS samples, odd files.
import * as fs from "fs";
import * as path from "path";
import { buildXlsx } from "../../testkit/fixtures/build";
import { cleanForm } from "../../testkit/fixtures/forms";
import { mistakesForm } from "../../testkit/fixtures/mistakes";
import { seedWorkbookSpec } from "../../testkit/fixtures/seed";
import { WPS_SAMPLES, wpsSample, wpsSamplesPresent } from "../../testkit/samples";
import { encryptedXlsx } from "../catalogue/odd-files";

export interface NamedFile {
  name: string;
  bytes: Uint8Array;
}

export const ROOT = path.resolve(__dirname, "../..");

/** The planted-mistakes form (errors the recompute fixes and some it cannot). */
export async function mistakesXlsx(): Promise<NamedFile> {
  const bytes = await buildXlsx({
    sheets: [{ name: "有错误的表", forms: [{ form: mistakesForm() }] }],
  });
  return { name: "有错误的表.xlsx", bytes: new Uint8Array(bytes) };
}

/** A form on which every check passes. */
export async function cleanXlsx(): Promise<NamedFile> {
  const bytes = await buildXlsx({
    sheets: [{ name: "自评表", forms: [{ form: cleanForm("central-2020") }] }],
  });
  return { name: "正确的表.xlsx", bytes: new Uint8Array(bytes) };
}

/** The seed's three forms stacked on one sheet, as published (text cells). */
export async function seedXlsx(): Promise<NamedFile> {
  const bytes = await buildXlsx(seedWorkbookSpec("stacked", "text"));
  return { name: "种子三张表.xlsx", bytes: new Uint8Array(bytes) };
}

/** The demo workbook shipped in assets/ (the seed's forms and the mistakes form on two sheets). */
export function sampleXlsx(): NamedFile {
  return {
    name: "sample.xlsx",
    bytes: new Uint8Array(fs.readFileSync(path.join(ROOT, "assets/sample.xlsx"))),
  };
}

export function encrypted(): NamedFile {
  return { name: "加密的表.xlsx", bytes: new Uint8Array(encryptedXlsx()) };
}

/** The two real WPS-saved .xls workbooks ([] when the shared samples are not beside the repo). */
export function wpsFiles(): NamedFile[] {
  if (!wpsSamplesPresent()) return [];
  return WPS_SAMPLES.map((n) => ({
    name: n,
    bytes: new Uint8Array(fs.readFileSync(wpsSample(n))),
  }));
}
