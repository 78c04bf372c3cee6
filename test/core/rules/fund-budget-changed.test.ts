// FUND_BUDGET_CHANGED: 年初预算数 ≠ 全年预算数 with an empty 原因 cell (only where the block has one).
import { money } from "../../../testkit/fixtures/forms";
import type { FormSpec, Layout } from "../../../testkit/fixtures/spec";
import {
  at,
  budgetForm,
  perLayout,
  ruleTester,
  withFundTotal,
  withSource,
  type Case,
  type InvalidCase,
} from "./harness";

/** A budget raised from 90 at the start of the year to 100; the 其中 rows agree. */
function raised(l: Layout, executed = "95", reason?: string): FormSpec {
  const initial = l === "shanxi" ? [money(90), money(90)] : money(90);
  const form = withFundTotal(budgetForm(l, "100", executed), {
    initial: initial as FormSpec["funding"]["total"]["initial"],
    ...(reason !== undefined ? { reason } : {}),
  });
  const main = l === "shanxi" ? 3 : 0;
  return withSource(form, main, { initial: initial as FormSpec["funding"]["total"]["initial"] });
}

const reason = at.fund("reason");

ruleTester("FUND_BUDGET_CHANGED", {
  valid: [
    ...perLayout<Case>("clean form: 年初 = 全年", (l) => ({ spec: budgetForm(l, "100", "95") })),
    ...perLayout<Case>(
      "no 原因 cell on the form: nowhere to explain",
      (l) => ({ spec: raised(l) }),
      ["central-2020", "shanxi"]
    ),
    ...perLayout<Case>("explained", (l) => ({ spec: raised(l, "95", "年中追加培训经费10万元") }), [
      "sichuan",
    ]),
    ...perLayout<Case>(
      "a low rate as well: FUND_REASON_MISSING names both",
      (l) => ({
        spec: raised(l, "80"),
        check: (r) => {
          const f = r.findings.filter((x) => x.code === "FUND_REASON_MISSING");
          expect(f).toHaveLength(1);
          expect(f[0].message.zh).toContain("年初预算数 90 调整为全年预算数 100");
        },
      }),
      ["sichuan"]
    ),
  ],
  invalid: [
    ...perLayout<InvalidCase>(
      "raised from 90 to 100, 原因 empty",
      (l) => ({
        spec: raised(l),
        findings: [{ severity: "warning", cell: reason }],
        absent: ["FUND_SOURCES_SUM", "FUND_REASON_MISSING"],
      }),
      ["sichuan"]
    ),
  ],
});
