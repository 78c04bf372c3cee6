// Recompute never makes a correct form wrong: plausible variants of correct forms, each fixed and re-checked.
import ExcelJS from "exceljs";
import { readXlsx } from "../../src/cli/read-xlsx";
import { evaluate } from "../../src/core";
import type { CellWrite, Evaluation, SheetData } from "../../src/core";
import { buildWorkbookWithMap, type FormMap } from "../../testkit/fixtures/build";
import { cleanForm, deepMerge, money, points, withIndicator } from "../../testkit/fixtures/forms";
import type { FormSpec, Layout } from "../../testkit/fixtures/spec";
import { applyWrites } from "./apply";

const LAYOUTS: Layout[] = ["shanxi", "central-2020", "sichuan"];

/** A correct form at 80% execution: budget score 8, indicators full, total 98, grade 优. */
function correctForm(layout: Layout): FormSpec {
  const base = cleanForm(layout);
  const total = { ...base.funding.total, executed: money(80), balance: money(20) };
  total.rate = { value: 0.8, numFmt: "0.00%" };
  total.score = points(8);
  const sources = base.funding.sources.map((s) =>
    /县/.test(s.label) ? { ...total, label: s.label, score: null } : s
  );
  // 其中 rows at rates of their own, so a 其中 row read as the total would show.
  if (layout === "central-2020") {
    sources[0] = { ...sources[0], executed: money(70) };
    sources[1] = { ...sources[1], executed: money(10) };
  }
  if (layout === "sichuan") {
    sources[0] = { ...sources[0], initial: money(60), budget: money(60), executed: money(50) };
    sources[1] = { ...sources[1], initial: money(40), budget: money(40), executed: money(30) };
  }
  return deepMerge(
    { ...base, funding: { ...base.funding, total, sources } },
    { total: { score: points(98), grade: layout === "central-2020" ? undefined : "优" } }
  );
}

interface Variant {
  name: string;
  layouts?: Layout[];
  form?: (f: FormSpec, layout: Layout) => FormSpec;
  /** Edits the built worksheet (merges, moved rows) before it is saved. */
  edit?: (ws: ExcelJS.Worksheet, map: FormMap) => void;
  /** Cells whose true value is not the correct form's (the variant planted a mistake there). */
  truth?: (map: FormMap) => Record<string, string | number>;
}

function col(addr: string): string {
  return /^[A-Z]+/.exec(addr)![0];
}
function row(addr: string): number {
  return Number(/\d+$/.exec(addr)![0]);
}

/** Moves the funding total row below its 其中 rows and labels it `label`. */
function totalAtBottom(ws: ExcelJS.Worksheet, map: FormMap, label: string): void {
  const rows = [map.funding.total.row, ...map.funding.sources.map((s) => s.row)];
  const first = Math.min(...rows);
  const last = Math.max(...rows);
  const snapshot = new Map<number, { value: ExcelJS.CellValue; numFmt: string }[]>();
  for (let r = first; r <= last; r++) {
    const cells: { value: ExcelJS.CellValue; numFmt: string }[] = [];
    ws.getRow(r).eachCell({ includeEmpty: true }, (x, c) => {
      if (c < map.left || c > map.right) return;
      cells[c - map.left] = {
        value: x.type === ExcelJS.ValueType.Merge ? null : x.value,
        numFmt: x.numFmt,
      };
    });
    snapshot.set(r, cells);
  }
  const order = [...map.funding.sources.map((s) => s.row), map.funding.total.row];
  order.forEach((from, i) => {
    const to = first + i;
    const values = snapshot.get(from)!;
    ws.getRow(to).eachCell({ includeEmpty: true }, (x, c) => {
      const v = values[c - map.left];
      if (!v || x.type === ExcelJS.ValueType.Merge) return;
      x.value = v.value;
      x.numFmt = v.numFmt;
    });
  });
  ws.getCell(`${col(map.funding.total.cells.label)}${last}`).value = label;
}

const VARIANTS: Variant[] = [
  {
    name: "全年执行数 blank",
    form: (f) => deepMerge(f, { funding: { total: { executed: null } } }),
  },
  {
    name: "全年执行数 a dash",
    form: (f) => deepMerge(f, { funding: { total: { executed: "—" } } }),
  },
  {
    name: "全年预算数 blank",
    form: (f) => deepMerge(f, { funding: { total: { budget: null } } }),
  },
  {
    name: "全年执行数 a formula without a cached value",
    form: (f) =>
      deepMerge(f, { funding: { total: { executed: { value: null, formula: "{budget}*0.8" } } } }),
  },
  {
    name: "weights typed as percentages",
    form: (f) => ({
      ...f,
      indicators: f.indicators.map((i) => ({
        ...i,
        weight: { value: Number((i.weight as { value: number }).value) / 100, numFmt: "0%" },
      })),
    }),
  },
  {
    name: "a group weight merged over two indicator rows",
    edit: (ws, map) => {
      const [a, b] = map.indicators;
      ws.getCell(a.cells.weight).value = 30;
      ws.getCell(b.cells.weight).value = null;
      ws.mergeCells(`${a.cells.weight}:${b.cells.weight}`);
    },
  },
  {
    name: "a 小计 row inside the indicator block",
    form: (f) => {
      const inds = [...f.indicators];
      inds.splice(4, 0, { name: "小计", weight: points(50), score: points(50) });
      return { ...f, indicators: inds };
    },
  },
  {
    name: "a 产出小计 subtotal row labelled in the level-2 column",
    form: (f) => {
      const inds = [...f.indicators];
      inds.splice(4, 0, { level2: "产出小计", name: "", weight: points(50), score: points(50) });
      return { ...f, indicators: inds };
    },
  },
  {
    name: "a 合计 row before the 总分 row, and a wrong 总分",
    form: (f) => ({
      ...f,
      indicators: [...f.indicators, { name: "合计", weight: points(90), score: points(90) }],
      total: { ...f.total, score: points(95) },
    }),
    truth: (map) => ({ [map.cells.totalScore]: 98 }),
  },
  {
    name: "a 其中 sub-indicator that carries a weight",
    form: (f) => {
      const inds = [...f.indicators];
      inds.splice(1, 0, {
        name: "其中：线上培训人次",
        target: "≥200人次",
        actual: "210人次",
        weight: points(5),
        score: points(5),
      });
      return { ...f, indicators: inds };
    },
  },
  {
    name: "an actual 0.98 in a General cell against a ≥95% target",
    form: (f) => withIndicator(f, 1, { actual: 0.98 }),
  },
  {
    name: "the funding total at the bottom, labelled 资金合计",
    layouts: ["central-2020", "sichuan"],
    edit: (ws, map) => totalAtBottom(ws, map, "资金合计"),
  },
  {
    name: "a 预算数 header merged over 年初预算数 / 全年预算数",
    layouts: ["shanxi"],
    form: (f) => {
      const initial: [ExcelJS.CellValue, ExcelJS.CellValue] = [90, 90];
      const total = { ...f.funding.total, initial: initial as [number, number] };
      const sources = f.funding.sources.map((s) =>
        /县/.test(s.label) ? { ...s, initial: initial as [number, number] } : s
      );
      return { ...f, funding: { ...f.funding, total, sources } };
    },
    edit: (ws, map) => {
      const h = map.rows.fundingHeader;
      const sub = map.rows.fundingSubHeader!;
      const c0 = col(map.headers.initial);
      const budgetCol = col(map.headers.budget);
      for (const m of [...ws.model.merges]) {
        const [from, to] = m.split(":");
        if (row(from) <= sub && row(to) >= h && [c0, budgetCol].includes(col(from)))
          ws.unMergeCells(m);
      }
      const next = ws.getColumn(c0).number + 1;
      const c1 = ws.getColumn(next).letter;
      ws.getCell(`${c0}${h}`).value = "预算数";
      ws.getCell(`${c1}${h}`).value = null;
      ws.getCell(`${budgetCol}${h}`).value = null;
      ws.mergeCells(`${c0}${h}:${budgetCol}${h}`);
      ws.getCell(`${c0}${sub}`).value = "年初预算数";
      ws.getCell(`${c1}${sub}`).value = null;
      ws.mergeCells(`${c0}${sub}:${c1}${sub}`);
      ws.getCell(`${budgetCol}${sub}`).value = "全年预算数";
    },
  },
  {
    name: "a note after the total on the total row",
    layouts: ["shanxi"],
    form: (f) => ({ ...f, total: { score: points(98), grade: "已复核" } }),
  },
];

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

const asNumber = (v: unknown) =>
  typeof v === "number" ? v : typeof v === "string" ? Number(v.replace(/[%分]/g, "")) : NaN;

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
      const computed = new Set(
        [
          ...[o.map.funding.total, ...o.map.funding.sources].flatMap((r) => [
            r.cells.rate,
            r.cells.balance,
          ]),
          o.map.funding.total.cells.score,
          ...o.map.indicators.map((i) => i.cells.score),
          o.map.cells.totalScore,
          o.map.cells.grade,
        ].filter((x): x is string => !!x)
      );
      for (const w of o.writes) expect(computed).toContain(w.cell);
    });

    test("never turns a correct score, total or grade wrong", () => {
      const truth: Record<string, string | number> = {
        [o.map.funding.total.cells.score]: 8,
        [o.map.cells.totalScore]: 98,
        ...Object.fromEntries(
          o.map.indicators
            .filter((i) => !i.placeholder)
            .map((i) => [i.cells.score, asNumber(valueAt(o.sheetsBefore, i.cells.score))])
        ),
        ...(o.map.cells.grade && layout !== "central-2020"
          ? { [o.map.cells.grade]: valueAt(o.sheetsBefore, o.map.cells.grade) as string }
          : {}),
        ...variant.truth?.(o.map),
      };
      const wrongAfter: string[] = [];
      for (const w of o.writes) {
        const want = truth[w.cell];
        if (want === undefined) continue;
        const got = typeof want === "number" ? asNumber(w.value) : w.value;
        if (got !== want) wrongAfter.push(`${w.cell}: ${String(w.value)} (should be ${want})`);
      }
      expect(wrongAfter).toEqual([]);
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
