// The workbooks every host is compared on: each fixture family testkit builds, as the bytes a clerk
// would open, plus the two real WPS-saved .xls samples. Built lazily (one entry at a time) so a
// failing entry names itself and the corpus costs only what the test runs.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import type { SheetData } from "../../src/core";
import { buildWorkbookWithMap, buildXlsx } from "../../testkit/fixtures/build";
import { cleanForm } from "../../testkit/fixtures/forms";
import { gridSheet, type GridForm } from "../../testkit/fixtures/grid-forms";
import {
  departmentForm,
  olderFrameworkForm,
  projectForm,
  setCell,
  targetForm,
  TOTAL_SHAPES,
} from "../../testkit/fixtures/layouts";
import { mistakesForm } from "../../testkit/fixtures/mistakes";
import { sampleWorkbookSpec } from "../../testkit/fixtures/sample";
import { seedWorkbookSpec } from "../../testkit/fixtures/seed";
import type { Layout, WorkbookSpec } from "../../testkit/fixtures/spec";
import { correctForm, VARIANTS } from "../../testkit/fixtures/variants";
import { convertWithLibreOffice, libreOfficeStatus } from "../../testkit/libreoffice";
import { WPS_SAMPLES, wpsSample, wpsSamplesPresent } from "../../testkit/samples";
import type { ParityInput } from "./host-driver";

export interface CorpusEntry {
  /** Unique, readable in a test name: `family: detail.ext`. */
  name: string;
  build(): Promise<ParityInput>;
}

const LAYOUTS: Layout[] = ["shanxi", "central-2020", "sichuan"];

function fromSpec(name: string, spec: () => WorkbookSpec): CorpusEntry {
  return { name, build: async () => ({ name, bytes: new Uint8Array(await buildXlsx(spec())) }) };
}

/** SheetData (the issue-10 layouts are described as grids) → an .xlsx holding exactly those cells. */
async function xlsxOfSheets(sheets: SheetData[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    s.values.forEach((line, r) =>
      line.forEach((v, c) => {
        const format = s.numberFormats?.[r]?.[c] ?? null;
        if (v === null && !format) return;
        const cell = ws.getCell(s.top + r + 1, s.left + c + 1);
        cell.value = v;
        if (format) cell.numFmt = format;
      })
    );
    for (const m of s.merges ?? []) ws.mergeCells(m);
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

function fromGrid(name: string, forms: () => GridForm[], cells: "number" | "text"): CorpusEntry {
  return {
    name,
    build: async () => ({
      name,
      bytes: await xlsxOfSheets([gridSheet("自评表", forms(), { top: 1, left: 1, cells }).sheet]),
    }),
  };
}

/** An issue-8 variant of the correct form, built (and edited) like test/core/safe-recompute.test.ts. */
function fromVariant(index: number, layout: Layout): CorpusEntry {
  const variant = VARIANTS[index];
  const name = `variant: ${variant.name} (${layout}).xlsx`;
  return {
    name,
    build: async () => {
      const form = variant.form ? variant.form(correctForm(layout), layout) : correctForm(layout);
      const { workbook, forms } = buildWorkbookWithMap({
        sheets: [{ name: "自评表", forms: [{ form, origin: "B2" }] }],
      });
      variant.edit?.(workbook.getWorksheet("自评表")!, forms[0]);
      return { name, bytes: new Uint8Array(await workbook.xlsx.writeBuffer()) };
    },
  };
}

/**
 * The mistakes form re-saved by LibreOffice as .xls: a binary workbook with writes to make, which the
 * CLI refuses to fix and a spreadsheet host writes. One soffice run (a few seconds).
 */
function libreOfficeXls(): CorpusEntry {
  const name = "libreoffice: mistakes shanxi re-saved.xls";
  return {
    name,
    build: async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), "jxzp-parity-lo-"));
      const src = path.join(dir, "mistakes.xlsx");
      fs.writeFileSync(
        src,
        await buildXlsx({
          sheets: [{ name: "有错误的表", forms: [{ form: mistakesForm("shanxi") }] }],
        })
      );
      const [xls] = convertWithLibreOffice([src], "xls");
      const bytes = new Uint8Array(fs.readFileSync(xls));
      fs.rmSync(dir, { recursive: true, force: true });
      fs.rmSync(path.dirname(xls), { recursive: true, force: true });
      return { name: "mistakes.xls", bytes };
    },
  };
}

/** A correct project form whose score cells were typed wrong, so recompute has work on this layout too. */
function damagedProjectForm(): GridForm {
  return setCell(setCell(projectForm(), "H12", 15), "G6", 0.9);
}

export const CORPUS: CorpusEntry[] = [
  ...LAYOUTS.map((l) =>
    fromSpec(`clean: ${l}.xlsx`, () => ({
      sheets: [{ name: "自评表", forms: [{ form: cleanForm(l) }] }],
    }))
  ),
  ...LAYOUTS.map((l) =>
    fromSpec(`mistakes: ${l} at C4.xlsx`, () => ({
      sheets: [{ name: "有错误的表", forms: [{ form: mistakesForm(l), origin: "C4" }] }],
    }))
  ),
  fromSpec("mistakes: two sheets, one hidden.xlsx", () => ({
    sheets: [
      { name: "表1", forms: [{ form: mistakesForm("shanxi") }] },
      { name: "隐藏", hidden: true, forms: [{ form: mistakesForm("sichuan") }] },
    ],
  })),
  fromSpec("seed: stacked, text cells.xlsx", () => seedWorkbookSpec("stacked", "text")),
  fromSpec("seed: one per sheet, numbers.xlsx", () => seedWorkbookSpec("per-sheet", "numeric")),
  fromSpec("sample: assets/sample.xlsx spec.xlsx", () => sampleWorkbookSpec()),
  ...Object.keys(TOTAL_SHAPES).map((shape) =>
    fromGrid(
      `layout: total row ${shape}.xlsx`,
      () => [projectForm({ total: TOTAL_SHAPES[shape] })],
      "number"
    )
  ),
  fromGrid(
    "layout: 合计 after its 其中 rows, text cells.xlsx",
    () => [projectForm({ totalLast: true })],
    "text"
  ),
  fromGrid(
    "layout: amounts with their unit.xlsx",
    () => [projectForm({ moneyWithUnit: true })],
    "number"
  ),
  fromGrid(
    "layout: funding without 分值 / 得分.xlsx",
    () => [projectForm({ fundingScoreless: true })],
    "number"
  ),
  fromGrid("layout: target-completion form.xlsx", () => [targetForm()], "number"),
  fromGrid("layout: older 共性指标 framework.xlsx", () => [olderFrameworkForm()], "number"),
  fromGrid("layout: 部门整体支出绩效自评表.xlsx", () => [departmentForm()], "number"),
  fromGrid(
    "layout: a wrong score, stacked twice.xlsx",
    () => [damagedProjectForm(), damagedProjectForm()],
    "text"
  ),
  ...VARIANTS.map((_, i) => fromVariant(i, "shanxi")),
  ...WPS_SAMPLES.map((sample) => ({
    name: `wps: ${sample}`,
    build: async (): Promise<ParityInput> => ({
      name: sample,
      bytes: new Uint8Array(fs.readFileSync(wpsSample(sample))),
    }),
  })),
  libreOfficeXls(),
];

/**
 * The entries this machine can build: the WPS samples live beside the repository and the re-save
 * needs LibreOffice; a checkout without them leaves those out (on CI both are there, or it fails).
 */
export function corpusHere(): CorpusEntry[] {
  const wps = wpsSamplesPresent();
  const lo = libreOfficeStatus().available;
  return CORPUS.filter(
    (e) => (wps || !e.name.startsWith("wps: ")) && (lo || !e.name.startsWith("libreoffice: "))
  );
}
