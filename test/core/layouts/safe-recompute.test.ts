// Recompute never makes a correct form wrong, on every layout of issue 10: plausible damage to correct
// forms (a blank, a dash, a formula without a result, a missing total or grade), each placed every way;
// whatever the fix writes into a score, total or grade cell is that cell's true value.
import { evaluate } from "../../../src/core";
import type { FormReport } from "../../../src/core";
import type { GridCell, GridForm } from "../../../testkit/fixtures/grid-forms";
import {
  departmentForm,
  olderFrameworkForm,
  projectForm,
  setCell,
  TOTAL_SHAPES,
  targetForm,
} from "../../../testkit/fixtures/layouts";
import { everyPlacement, expectSafeRecompute } from "./check";
import { parseA1 } from "../../../src/core/grid/address";

interface Layout {
  form: GridForm;
  /** The funding total row (relative). */
  fundRow: number;
}

const LAYOUTS: Record<string, Layout> = {
  ...Object.fromEntries(
    Object.entries(TOTAL_SHAPES).map(([name, total]) => [
      `total row: ${name}`,
      { form: projectForm({ total }), fundRow: 6 },
    ])
  ),
  "funding: 调整预算数(A) headers": {
    form: projectForm({
      fundingHeader: [
        "资金来源",
        null,
        "年初预算数",
        "调整预算数(A)",
        "全年执行数(B)",
        "分值",
        "执行率(B/A)",
        "得分",
      ],
    }),
    fundRow: 6,
  },
  "funding: 合计 after its 其中 rows": { form: projectForm({ totalLast: true }), fundRow: 8 },
  "funding: amounts with their unit": { form: projectForm({ moneyWithUnit: true }), fundRow: 6 },
  "funding: no 分值 / 得分": { form: projectForm({ fundingScoreless: true }), fundRow: 6 },
  "target-completion form": { form: targetForm(), fundRow: 6 },
  "older 共性指标 framework": { form: olderFrameworkForm(), fundRow: 6 },
  部门整体支出绩效自评表: { form: departmentForm(), fundRow: 6 },
};

/** The score, total and grade cells of the correct form with their values, relative to its origin. */
function truthOf(form: GridForm): Record<string, number | string> {
  const f: FormReport = evaluate(everyPlacement(form)[0].sheets).forms[0];
  const truth: Record<string, number | string> = {};
  const put = (cell: string | undefined, v: string | null) => {
    if (cell && v !== null) truth[cell] = /^[\d.]+$/.test(v) ? Number(v) : v;
  };
  if (f.budget.entered !== null) put(f.budget.cell, f.budget.entered);
  for (const i of f.indicators) put(i.cell, i.entered);
  if (f.total.entered !== null) put(f.total.cell, f.total.entered);
  if (f.grade) put(f.grade.cell, f.grade.entered);
  return truth;
}

type Damage = [string, (l: Layout, truth: Record<string, number | string>) => GridForm];

const cellsOf = (truth: Record<string, number | string>, isGrade: boolean) =>
  Object.keys(truth).filter((k) => (typeof truth[k] === "string") === isGrade);

const DAMAGE: Damage[] = [
  ["全年执行数 blank", (l) => setCell(l.form, `E${l.fundRow}`, null)],
  ["全年执行数 a dash", (l) => setCell(l.form, `E${l.fundRow}`, "—")],
  ["全年预算数 blank", (l) => setCell(l.form, `D${l.fundRow}`, null)],
  ["执行率 blank", (l) => setCell(l.form, `G${l.fundRow}`, null)],
  [
    "the total left blank",
    (l, t) => {
      const numbers = cellsOf(t, false);
      const total = numbers.sort((a, b) => parseA1(b).r - parseA1(a).r)[0];
      return total ? setCell(l.form, total, null) : l.form;
    },
  ],
  [
    "the grade left blank",
    (l, t) => {
      const grade = cellsOf(t, true)[0];
      return grade ? setCell(l.form, grade, null) : l.form;
    },
  ],
  [
    "a score typed as text with 分",
    (l, t) => {
      const first = cellsOf(t, false).sort((a, b) => parseA1(a).r - parseA1(b).r)[1];
      return first ? setCell(l.form, first, `${t[first]}分` as GridCell) : l.form;
    },
  ],
];

describe.each(Object.keys(LAYOUTS))("%s", (name) => {
  const layout = LAYOUTS[name];
  // The funding total's 执行率 (95%) is protected too: every layout has one.
  const truth = { ...truthOf(layout.form), [`G${layout.fundRow}`]: 0.95 };

  test("the correct form has cells to protect, and is clean", () => {
    expect(Object.keys(truth).length).toBeGreaterThan(0);
    expectSafeRecompute(everyPlacement(layout.form)[0]);
  });

  test.each(DAMAGE)("%s: no write turns a correct cell wrong", (_d, damage) => {
    for (const placed of everyPlacement(damage(layout, truth)))
      expectSafeRecompute(placed, truth, false);
  });
});
