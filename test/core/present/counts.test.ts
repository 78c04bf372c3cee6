// Presentation kit, counts: one severity count, the verdict, and findings grouped in list order.
import {
  SEVERITIES,
  findingsOf,
  groupBySeverity,
  severityCounts,
  tally,
  verdictOf,
  type Evaluation,
  type Finding,
  type FormReport,
  type Severity,
  type Verdict,
} from "../../../src/core";

const f = (severity: Severity, cell: string): Finding => ({
  code: "IND_SCORE_MISMATCH",
  severity,
  sheet: "Sheet1",
  cell,
  message: { zh: cell, en: cell },
});

const formWith = (findings: Finding[]): FormReport =>
  ({ sheet: "Sheet1", range: "A1:J38", findings }) as unknown as FormReport;

const evaluation: Pick<Evaluation, "forms" | "sheetFindings"> = {
  forms: [formWith([f("error", "I8"), f("info", "A20")]), formWith([f("warning", "J26")])],
  sheetFindings: [f("info", "A1")],
};

describe("severityCounts", () => {
  test.each<[string, Severity[]]>([
    ["0 0 0", []],
    ["1 0 0", ["error"]],
    ["2 1 3", ["info", "error", "warning", "info", "error", "info"]],
  ])("%s from %p", (expected, severities) => {
    const c = severityCounts(severities.map((s, i) => f(s, `A${i + 1}`)));
    expect(`${c.errors} ${c.warnings} ${c.infos}`).toBe(expected);
  });
});

describe("verdictOf", () => {
  test.each<[Verdict, number, number, number]>([
    ["pass", 0, 0, 0],
    ["pass", 0, 0, 5],
    ["warn", 0, 1, 0],
    ["fail", 1, 0, 0],
    ["fail", 1, 3, 2],
  ])("%s for %i errors, %i warnings, %i infos", (expected, errors, warnings, infos) => {
    expect(verdictOf({ errors, warnings, infos })).toBe(expected);
  });
});

describe("an evaluation's findings", () => {
  test("are listed sheet-level first, then form by form", () => {
    expect(findingsOf(evaluation).map((x) => x.cell)).toEqual(["A1", "I8", "A20", "J26"]);
  });

  test("are tallied with the number of forms", () => {
    expect(tally(evaluation)).toEqual({ forms: 2, errors: 1, warnings: 1, infos: 2 });
  });

  test("are grouped by severity, most severe first, keeping the list order in a group", () => {
    expect(SEVERITIES).toEqual(["error", "warning", "info"]);
    const groups = groupBySeverity(findingsOf(evaluation));
    expect(SEVERITIES.map((s) => groups[s].map((x) => x.cell))).toEqual([
      ["I8"],
      ["J26"],
      ["A1", "A20"],
    ]);
  });
});
