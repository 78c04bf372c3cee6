// The seed's three published forms: their arithmetic reproduced exactly, with exactly the predicted findings.
import { evaluate } from "../../src/core";
import { seedWorkbookSpec } from "../../testkit/fixtures/seed";
import { loadSpec } from "./load";

const PUBLISHED = [
  { project: "视频会议系统维保费", rate: "1", budget: "10", total: "100" },
  { project: "安可替代工程经费", rate: "0.895525", budget: "8.96", total: "98.96" },
  { project: "区委办办公经费", rate: "0.9684", budget: "9.68", total: "99.68" },
];

/** code@name-of-indicator (or code@-) per form, sorted. */
const PREDICTED = [
  // The first form really is total 100 with every indicator full: the info reviewers look for.
  ["IND_ACTUAL_COMPARATOR@工作人员满意度", "TOTAL_ALL_FULL_MARKS@-"],
  [
    "FULL_MARKS_UNDER_EXECUTION@-",
    "IND_ACTUAL_COMPARATOR@安可替代工程系统故障率",
    "IND_ACTUAL_COMPARATOR@工作人员满意度",
    "IND_UNIT_CONVERTED@成本",
  ],
  ["IND_ACTUAL_COMPARATOR@办公耗材质量合格率", "IND_ACTUAL_COMPARATOR@工作人员满意度"],
];

describe.each([
  ["stacked", "text"],
  ["stacked", "numeric"],
  ["per-sheet", "text"],
  ["per-sheet", "numeric"],
] as const)("seed forms, %s, %s cells", (kind, cells) => {
  let ev: ReturnType<typeof evaluate>;
  let maps: Awaited<ReturnType<typeof loadSpec>>["forms"];
  beforeAll(async () => {
    const loaded = await loadSpec(seedWorkbookSpec(kind, cells));
    maps = loaded.forms;
    ev = evaluate(loaded.sheets);
  });

  test("every form is found with all its indicator rows", () => {
    expect(ev.forms.map((f) => f.project)).toEqual(PUBLISHED.map((p) => p.project));
    ev.forms.forEach((f, i) => {
      const named = maps[i].indicators.filter((r) => !r.placeholder).map((r) => r.name);
      expect(f.indicators.map((x) => x.name)).toEqual(named);
      expect(f.profile).toBe("shanxi");
      expect(f.year).toBe(2022);
    });
    expect(ev.sheetFindings).toEqual([]);
  });

  test("the published arithmetic is reproduced to the cent", () => {
    ev.forms.forEach((f, i) => {
      const p = PUBLISHED[i];
      expect(f.budget.rate).toBe(p.rate);
      expect(f.budget.computed).toBe(p.budget);
      expect(f.budget.entered).toBe(p.budget);
      expect(f.budget.weight).toBe("10");
      expect(f.total.entered).toBe(p.total);
      expect(f.total.computed).toBe(p.total);
      expect(f.grade?.entered).toBe("优");
      expect(f.grade?.computed).toBe("优");
      expect(f.budget.cell).toBe(maps[i].funding.total.cells.score);
      expect(f.total.cell).toBe(maps[i].cells.totalScore);
      expect(f.grade?.cell).toBe(maps[i].cells.grade);
      for (const ind of f.indicators) {
        if (ind.computed !== null) expect(ind.computed).toBe(ind.entered);
      }
    });
  });

  test("exactly the predicted findings, on the right cells", () => {
    ev.forms.forEach((f, i) => {
      const byName = (cell: string) =>
        maps[i].indicators.find((r) => Object.values(r.cells).includes(cell))?.name ?? "-";
      const got = f.findings.map((x) => `${x.code}@${byName(x.cell)}`).sort();
      expect(got).toEqual(PREDICTED[i]);
      for (const x of f.findings.filter((y) => y.code === "IND_ACTUAL_COMPARATOR")) {
        const row = maps[i].indicators.find((r) => r.cells.actual === x.cell);
        expect(row).toBeDefined();
      }
    });
  });

  test("a recompute writes nothing: the published forms are arithmetically consistent", () => {
    expect(ev.writes).toEqual([]);
    expect(ev.highlights.every((h) => h.severity === "warning")).toBe(true);
  });
});
