// Property on the adapter over the emulator: recompute writes only computed cells, and 撤销 restores every
// cell exactly (value, formula, number format).
import fc from "fast-check";
import { AddinError } from "../../src/excel/port";
import { modelFromExcelJs } from "../../testkit/emulator/from-xlsx";
import { caseArb } from "./arbitraries";
import { check, runsFor } from "./fuzz-config";
import { buildCase, computedCellsOf } from "./mutate";
import { contentOf, emulatorPort } from "../../testkit/emulator/port";
import { refusalText } from "../../src/taskpane/status";

function changedKeys(a: Record<string, string>, b: Record<string, string>): string[] {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].filter((k) => a[k] !== b[k]).sort();
}

describe("adapter properties on the emulator", () => {
  jest.setTimeout(600_000);

  test("recompute then undo restores every cell exactly", async () => {
    await check(
      "undo restores",
      fc.asyncProperty(caseArb({ maxForms: 2 }), async (c) => {
        const built = buildCase(c);
        const model = modelFromExcelJs(built.workbook);
        const original = contentOf(model);
        const { wb, port } = emulatorPort(model);
        let written = 0;
        try {
          written = (await port.recompute("workbook")).written;
        } catch (err) {
          // A refusal (sheet too large, nothing to check) must be a message, and write nothing.
          if (!(err instanceof AddinError)) throw err;
          expect(refusalText(err.refusal).zh.length).toBeGreaterThan(0);
          expect(changedKeys(original, contentOf(wb.model))).toEqual([]);
          return;
        }
        const changed = changedKeys(original, contentOf(wb.model));
        expect(changed.length).toBeLessThanOrEqual(written);
        if (!c.chaos) {
          const computed = new Set(built.forms.flatMap((m) => [...computedCellsOf(m).keys()]));
          const stray = changed.filter((k) => !computed.has(k));
          if (stray.length)
            throw new Error(`recompute changed ${stray.join(", ")}: ${JSON.stringify(c)}`);
        }
        if (written === 0) {
          expect(port.canUndo()).toBe(false);
          return;
        }
        expect(port.canUndo()).toBe(true);
        const undone = await port.undo();
        expect(undone.restored).toBe(written);
        const left = changedKeys(original, contentOf(wb.model));
        if (left.length) {
          const now = contentOf(wb.model);
          const diff = left.map((k) => `${k}: ${original[k]} → ${now[k]}`).join("; ");
          throw new Error(`undo left ${diff}: ${JSON.stringify(c)}`);
        }
        expect(port.canUndo()).toBe(false);
      }),
      runsFor(0.25, 20)
    );
  });
});
