// TARGET_FORM_EMPTY: one side has nothing to compare (a target form with headers only; an unfilled 自评表).
import { projectForm } from "../../../testkit/fixtures/layouts";
import { declarationForm, monitoringForm } from "../../../testkit/fixtures/target-forms";
import { run, targetFindings, where, workbook } from "../targets/harness";
import type { GridForm } from "../../../testkit/fixtures/grid-forms";

const headersOnly = () => declarationForm({ indicators: [], amount: "0.00" });

/** projectForm() with its indicator rows cut out (the WPS template's 自评表). */
function unfilled(): GridForm {
  const f = projectForm();
  return {
    rows: [...f.rows.slice(0, 11), ...f.rows.slice(16)],
    merges: f.merges?.filter((m) => !/^(A|B)1[12]:/.test(m)),
  };
}

describe("TARGET_FORM_EMPTY", () => {
  test("a 申报表 with its headers only: info at its title, nothing else compared", () => {
    const ev = run(workbook({ 申报表: headersOnly() }));
    expect(where(ev)).toEqual(["TARGET_FORM_EMPTY@申报表!A1"]);
    expect(targetFindings(ev)[0].severity).toBe("info");
  });

  test("beside a filled 监控表 of the project: both read, the 监控表 compared", () => {
    const ev = run(
      workbook({ 申报表: headersOnly(), 监控表: monitoringForm({ amount: "120.00" }) })
    );
    expect(where(ev)).toEqual(["TARGET_BUDGET_MISMATCH@自评表!C6", "TARGET_FORM_EMPTY@申报表!A1"]);
  });

  test("a 自评表 without indicator rows (a template): said once, no indicator reported missing", () => {
    const ev = run(workbook({ 申报表: declarationForm() }, unfilled()));
    expect(where(ev)).toEqual(["TARGET_FORM_EMPTY@自评表!D11"]);
    expect(targetFindings(ev)[0].message.zh).toBe(
      "自评表尚未列出绩效指标，未与绩效目标申报表（申报表!A1）核对"
    );
  });
});
