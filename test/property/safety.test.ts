// Safety property (docs/rules.md §6): on generated correct forms bent by each variant class, a recompute —
// the core's writes and the Excel adapter's on the emulator — never turns a correct cell wrong, writes
// only computed cells, and leaves no wrong total unreported.
import fc from "fast-check";
import { readXlsx } from "../../src/cli/read-xlsx";
import { evaluate, type SheetData } from "../../src/core";
import { AddinError } from "../../src/excel/port";
import { modelFromExcelJs } from "../../testkit/emulator/from-xlsx";
import { contentOf, emulatorPort } from "../../testkit/emulator/port";
import { buildWorkbookWithMap, type FormMap } from "../../testkit/fixtures/build";
import { address, parseAddress } from "../../testkit/fixtures/address";
import { cleanForm } from "../../testkit/fixtures/forms";
import type { Layout } from "../../testkit/fixtures/spec";
import {
  asNumber,
  computedAddresses,
  correctForm,
  LAYOUTS,
  truthOf,
  VARIANTS,
  wrongWrites,
} from "../../testkit/fixtures/variants";
import { applyWrites } from "../core/apply";
import { check, runsFor } from "./fuzz-config";

interface SafetyCase {
  variant: number;
  layout: Layout;
  originRow: number;
  originCol: number;
  /** Another (clean) form stacked above the variant's, so the variant is not always the first. */
  stacked: boolean;
}

const caseArb: fc.Arbitrary<SafetyCase> = fc
  .record({
    variant: fc.nat({ max: VARIANTS.length - 1 }),
    layout: fc.constantFrom(...LAYOUTS),
    originRow: fc.integer({ min: 1, max: 25 }),
    originCol: fc.integer({ min: 1, max: 6 }),
    stacked: fc.boolean(),
  })
  .map((c) => {
    const allowed = VARIANTS[c.variant].layouts ?? LAYOUTS;
    return allowed.includes(c.layout) ? c : { ...c, layout: allowed[0] };
  });

const SHEET = "自评表";

function build(c: SafetyCase) {
  const variant = VARIANTS[c.variant];
  const form = variant.form ? variant.form(correctForm(c.layout), c.layout) : correctForm(c.layout);
  const origin = address(c.originRow, c.originCol);
  const forms = [
    ...(c.stacked ? [{ form: cleanForm(c.layout, { project: "上面的另一张表" }), origin }] : []),
    { form, origin },
  ];
  const built = buildWorkbookWithMap({ sheets: [{ name: SHEET, forms }] });
  const map: FormMap = built.forms[built.forms.length - 1];
  variant.edit?.(built.workbook.getWorksheet(SHEET)!, map);
  return { ...built, map, variant };
}

function valueIn(sheets: SheetData[], a1: string): unknown {
  const { row, col } = parseAddress(a1);
  const s = sheets[0];
  return s.values[row - 1 - s.top]?.[col - 1 - s.left] ?? null;
}

describe("recompute safety over generated correct forms", () => {
  jest.setTimeout(600_000);

  test("the core never writes a wrong value into a correct cell, nor anything but computed cells", async () => {
    await check(
      "core recompute safety",
      fc.asyncProperty(caseArb, async (c) => {
        const { workbook, map, variant } = build(c);
        const { sheets } = await readXlsx(Buffer.from(await workbook.xlsx.writeBuffer()));
        const ev = evaluate(sheets);
        const mine = ev.writes.filter((w) => parseAddress(w.cell).row >= map.top);
        const computed = computedAddresses(map);
        const stray = mine.filter((w) => !computed.has(w.cell)).map((w) => w.cell);
        if (stray.length) throw new Error(`wrote ${stray.join(", ")}: ${JSON.stringify(c)}`);
        const truth = truthOf(variant, c.layout, map, (a) => valueIn(sheets, a));
        const wrong = wrongWrites(truth, mine);
        if (wrong.length) throw new Error(`${wrong.join("; ")}: ${JSON.stringify(c)}`);
        // A total still wrong after the fix is still reported as an error.
        const after = evaluate(applyWrites(sheets, ev.writes));
        const total = asNumber(valueIn(applyWrites(sheets, ev.writes), map.cells.totalScore));
        if (Math.abs(total - Number(truth[map.cells.totalScore])) > 0.001) {
          const errors = after.forms
            .filter((f) => f.project === "干部教育培训经费")
            .flatMap((f) => f.findings)
            .filter((f) => f.severity === "error");
          expect(errors.length).toBeGreaterThan(0);
        }
      }),
      runsFor(0.5, 40)
    );
  });

  test("the Excel adapter's recompute on the emulator neither", async () => {
    await check(
      "adapter recompute safety",
      fc.asyncProperty(caseArb, async (c) => {
        const { workbook, map, variant } = build(c);
        const { sheets } = await readXlsx(Buffer.from(await workbook.xlsx.writeBuffer()));
        const model = modelFromExcelJs(workbook);
        const before = contentOf(model);
        const { wb, port } = emulatorPort(model);
        try {
          await port.recompute("sheet");
        } catch (err) {
          if (!(err instanceof AddinError)) throw err;
        }
        const after = contentOf(wb.model);
        const now = wb.model.sheets[0].cells;
        const changed = [...new Set([...Object.keys(before), ...Object.keys(after)])]
          .filter((k) => before[k] !== after[k])
          .map((k) => k.slice(k.indexOf("!") + 1));
        const mine = changed.filter((a) => parseAddress(a).row >= map.top);
        const computed = computedAddresses(map);
        const stray = mine.filter((a) => !computed.has(a));
        if (stray.length) throw new Error(`changed ${stray.join(", ")}: ${JSON.stringify(c)}`);
        const truth = truthOf(variant, c.layout, map, (a) => valueIn(sheets, a));
        const wrong = wrongWrites(
          truth,
          mine.map((a) => ({ cell: a, value: now[a].value }))
        );
        if (wrong.length) throw new Error(`${wrong.join("; ")}: ${JSON.stringify(c)}`);
      }),
      runsFor(0.25, 30)
    );
  });
});
