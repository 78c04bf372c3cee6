// Funding blocks as published forms print them (issue 10, items 2 and 5): headers with (A)/(B) suffixes
// and other names, a 资金来源 first column, a 合计 total after its 其中 rows, amounts typed with their
// unit, and blocks without 分值 / 得分 (their rate still checked, no budget score, not incomplete).
import { projectForm, setCell, type ProjectFormOptions } from "../../../testkit/fixtures/layouts";
import { at, everyPlacement, expectSafeRecompute, problems } from "./check";

const header = (budget: string, executed: string, rate: string, first = "项目资金（万元）") => [
  first,
  null,
  "年初预算数",
  budget,
  executed,
  "分值",
  rate,
  "得分",
];

const SHAPES: Record<string, ProjectFormOptions> = {
  "调整预算数(A) / 全年执行数(B) / 执行率(B/A)": {
    fundingHeader: header("调整预算数(A)", "全年执行数(B)", "执行率(B/A)"),
  },
  "资金来源 | 预算数(A) | 执行数(B)": {
    fundingHeader: header("预算数(A)", "执行数(B)", "执行率(B/A)", "资金来源"),
  },
  "合计 after its 其中 rows": { totalLast: true },
  "amounts typed with their unit (100万元)": { moneyWithUnit: true },
  "no 分值 and no 得分 column": { fundingScoreless: true },
};

/** The funding total row (relative), which moves below the 其中 rows when the total comes last. */
const totalRow = (o: ProjectFormOptions) => (o.totalLast ? 8 : 6);

describe.each(Object.keys(SHAPES))("funding block: %s", (shape) => {
  const o = SHAPES[shape];
  const form = projectForm(o);
  const row = totalRow(o);

  test.each(everyPlacement(form).map((p) => [p.name, p] as const))(
    "%s: located, read, nothing reported, nothing written",
    (_name, placed) => {
      const ev = expectSafeRecompute(placed);
      ev.forms.forEach((f, k) => {
        expect(f.budget).toMatchObject({
          planned: "100",
          executed: "95",
          rate: "0.95",
          weight: o.fundingScoreless ? "0" : "10",
          computed: o.fundingScoreless ? null : "9.5",
        });
        expect(f.total).toMatchObject({
          cell: at(placed.origins[k], "H17"),
          computed: o.fundingScoreless ? "100" : "99.5",
        });
      });
    }
  );

  test.each(
    everyPlacement(setCell(form, `G${row}`, { n: 0.9, fmt: "0.00%" })).map(
      (p) => [p.name, p] as const
    )
  )("%s: a wrong 执行率 is reported and fixed, nothing else written", (_name, placed) => {
    const ev = expectSafeRecompute(placed, { [`G${row}`]: 0.95 });
    ev.forms.forEach((f, k) => {
      expect(problems(f)).toEqual([`FUND_RATE@${at(placed.origins[k], `G${row}`)}`]);
    });
    expect(ev.writes.map((w) => w.role)).toEqual(ev.forms.map(() => "rate"));
  });

  test.each(
    everyPlacement(setCell(form, o.totalLast ? "E6" : "E7", 70)).map((p) => [p.name, p] as const)
  )("%s: 其中 rows that do not add up to the total are reported", (_name, placed) => {
    const ev = expectSafeRecompute(placed, {});
    ev.forms.forEach((f, k) => {
      expect(problems(f)).toContain(`FUND_SOURCES_SUM@${at(placed.origins[k], `E${row}`)}`);
    });
  });
});

test("a block without 得分 never raises FUND_SCORE or FORM_INCOMPLETE, whatever its rate", () => {
  const form = setCell(projectForm({ fundingScoreless: true }), "E6", 50);
  for (const placed of everyPlacement(form)) {
    const ev = expectSafeRecompute(placed, { G6: 0.5 });
    const codes = ev.forms.flatMap((f) => f.findings.map((x) => x.code));
    expect(codes).not.toContain("FUND_SCORE");
    expect(codes).not.toContain("FORM_INCOMPLETE");
    expect(codes).toContain("FUND_RATE");
  }
});

test("an amount in 元 inside a 万元 block is converted: 950000元 is 95 万元", () => {
  const form = setCell(projectForm({ moneyWithUnit: true }), "E6", "950,000元");
  const ev = expectSafeRecompute(everyPlacement(form)[0]);
  expect(ev.forms[0].budget).toMatchObject({ executed: "95", rate: "0.95" });
});
