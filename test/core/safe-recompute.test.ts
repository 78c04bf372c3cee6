// Recompute never makes a correct form wrong: plausible variants of correct forms, each fixed and re-checked.
import { readXlsx } from "../../src/cli/read-xlsx";
import { evaluate } from "../../src/core";
import type { CellWrite, Evaluation, SheetData } from "../../src/core";
import { buildWorkbookWithMap, type FormMap } from "../../testkit/fixtures/build";
import { money, points, withIndicator } from "../../testkit/fixtures/forms";
import {
  asNumber,
  computedAddresses,
  correctForm,
  LAYOUTS,
  truthOf,
  VARIANTS,
  wrongWrites,
  type Variant,
} from "../../testkit/fixtures/variants";
import type { FormSpec, Layout } from "../../testkit/fixtures/spec";
import { applyWrites } from "./apply";

interface Outcome {
  before: Evaluation;
  writes: CellWrite[];
  after: Evaluation;
  sheetsBefore: SheetData[];
  sheetsAfter: SheetData[];
  map: FormMap;
}

async function run(variant: Variant, layout: Layout): Promise<Outcome> {
  const form = variant.form ? variant.form(correctForm(layout), layout) : correctForm(layout);
  const { workbook, forms } = buildWorkbookWithMap({
    sheets: [{ name: "自评表", forms: [{ form, origin: "B2" }] }],
  });
  variant.edit?.(workbook.getWorksheet("自评表")!, forms[0]);
  const { sheets } = await readXlsx(Buffer.from(await workbook.xlsx.writeBuffer()));
  const before = evaluate(sheets);
  const sheetsAfter = applyWrites(sheets, before.writes);
  return {
    before,
    writes: before.writes,
    after: evaluate(sheetsAfter),
    sheetsBefore: sheets,
    sheetsAfter,
    map: forms[0],
  };
}

function valueAt(sheets: SheetData[], addr: string): unknown {
  const m = /^([A-Z]+)(\d+)$/.exec(addr)!;
  let c = 0;
  for (const ch of m[1]) c = c * 26 + ch.charCodeAt(0) - 64;
  const s = sheets[0];
  return s.values[Number(m[2]) - 1 - s.top]?.[c - 1 - s.left] ?? null;
}

describe.each(LAYOUTS)("the correct form itself, %s", (layout) => {
  test("has no error and needs no write", async () => {
    const o = await run({ name: "correct" }, layout);
    expect(o.before.forms[0].findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(o.writes).toEqual([]);
    expect(o.before.forms[0].total.entered).toBe("98");
  });
});

for (const variant of VARIANTS) {
  describe.each(variant.layouts ?? LAYOUTS)(`${variant.name}, %s`, (layout) => {
    let o: Outcome;
    beforeAll(async () => {
      o = await run(variant, layout);
    });

    test("writes only computed cells, never a text cell that is not one", () => {
      const computed = computedAddresses(o.map);
      for (const w of o.writes) expect(computed).toContain(w.cell);
    });

    test("never turns a correct score, total or grade wrong", () => {
      const truth = truthOf(variant, layout, o.map, (a) => valueAt(o.sheetsBefore, a));
      expect(wrongWrites(truth, o.writes)).toEqual([]);
    });

    test("a wrong cell left after the fix is still reported as an error", () => {
      const truthTotal = 98;
      const total = asNumber(valueAt(o.sheetsAfter, o.map.cells.totalScore));
      if (Math.abs(total - truthTotal) > 0.001) {
        expect(
          o.after.forms.flatMap((f) => f.findings).filter((f) => f.severity === "error")
        ).not.toEqual([]);
      }
    });
  });
}

describe.each(LAYOUTS)(
  "a 总分 formula whose cached value goes stale when a score is written, %s",
  (layout) => {
    // 50% executed: the budget score is 5, not the 10 entered; the formula total then shows 89 = 良.
    function staleForm(): FormSpec {
      const f = correctForm(layout);
      const total = {
        ...f.funding.total,
        executed: money(50),
        balance: money(50),
        rate: { value: 0.5, numFmt: "0.00%" },
        score: points(10),
      };
      const sources = f.funding.sources.map((s) =>
        /县/.test(s.label) ? { ...total, label: s.label, score: null } : s
      );
      if (layout === "central-2020") {
        sources[0] = { ...sources[0], executed: money(40) };
        sources[1] = { ...sources[1], executed: money(10) };
      }
      if (layout === "sichuan") {
        sources[0] = { ...sources[0], executed: money(30) };
        sources[1] = { ...sources[1], executed: money(20) };
      }
      const withDeduction = withIndicator(f, 4, {
        score: points(14),
        deviation: "部分学员未达预期",
      });
      return {
        ...withDeduction,
        funding: { ...f.funding, total, sources },
        total: {
          ...f.total,
          score: { formula: "{fund.score}+SUM({ind.score.first}:{ind.score.last})", value: 94 },
          grade: layout === "central-2020" ? undefined : "优",
        },
      };
    }

    test("the grade follows what the formula will show after the write, not its stale cache", async () => {
      const { workbook, forms } = buildWorkbookWithMap({
        sheets: [{ name: "自评表", forms: [{ form: staleForm(), origin: "B2" }] }],
      });
      const { sheets } = await readXlsx(Buffer.from(await workbook.xlsx.writeBuffer()));
      const ev = evaluate(sheets);
      const map = forms[0];
      const byCell = new Map(ev.writes.map((w) => [w.cell, w.value]));
      expect(byCell.get(map.funding.total.cells.score)).toBe(5);
      expect(byCell.has(map.cells.totalScore)).toBe(false);
      if (map.cells.grade) expect(byCell.get(map.cells.grade)).toBe("良");
      expect(ev.forms[0].computedGrade).toBe("良");
    });
  }
);

describe("what a recompute holds back says why", () => {
  test("a blank 全年执行数 holds the budget score, the total and the grade, each with its reason", async () => {
    const o = await run(VARIANTS[0], "shanxi");
    const held = o.before.forms[0].held ?? [];
    expect(held.map((h) => h.role).sort()).toEqual(["budgetScore", "grade", "total"]);
    expect(held.find((h) => h.role === "budgetScore")!.reason.zh).toBe("未写入：全年执行数未填写");
    expect(held.every((h) => h.reason.en.startsWith("Not written: "))).toBe(true);
  });

  test("percentage weights refuse the whole form", async () => {
    const o = await run(VARIANTS[4], "central-2020");
    expect(o.writes).toEqual([]);
    const codes = o.before.forms[0].findings.map((f) => f.code);
    expect(codes).not.toContain("IND_SCORE_OVER_WEIGHT");
    expect(codes).not.toContain("WEIGHT_TOTAL");
  });
});

describe.each(LAYOUTS)(
  "a correct form whose 总分 formula cannot be evaluated here, %s",
  (layout) => {
    test("nothing under it changes: its cached total stands, nothing written, nothing held", async () => {
      const form = correctForm(layout);
      const spec = {
        ...form,
        total: {
          ...form.total,
          score: {
            formula: "自评表!{fund.score}+SUM(自评表!{ind.score.first}:{ind.score.last})",
            value: 98,
          },
        },
      };
      const { workbook } = buildWorkbookWithMap({
        sheets: [{ name: "自评表", forms: [{ form: spec, origin: "B2" }] }],
      });
      const { sheets } = await readXlsx(Buffer.from(await workbook.xlsx.writeBuffer()));
      const ev = evaluate(sheets);
      expect(ev.writes).toEqual([]);
      expect(ev.forms[0].held).toBeUndefined();
      expect(ev.forms[0].computedGrade).toBe("优");
    });
  }
);
