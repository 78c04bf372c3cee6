// FUND_NOT_NUMBER: text where the funding block needs a number; a blank total-row amount on a filled form.
import {
  at,
  budgetForm,
  mainSource,
  perLayout,
  ruleTester,
  withFundTotal,
  withSource,
  type Case,
  type InvalidCase,
} from "./harness";

ruleTester("FUND_NOT_NUMBER", {
  valid: [
    ...perLayout<Case>("clean form", (l) => ({ spec: budgetForm(l, "100", "95") })),
    ...perLayout<Case>("`100.0000`, `９５`, `1,00` spellings of numbers", (l) => ({
      spec: withFundTotal(budgetForm(l, "100", "95"), { budget: "100.0000 ", executed: "９５" }),
    })),
    ...perLayout<Case>("dashes in 其中 rows are blanks", (l) => ({
      spec: withSource(budgetForm(l, "100", "95"), mainSource(l) === 0 ? 1 : 0, {
        budget: "—",
        executed: "-",
      }),
    })),
  ],
  invalid: [
    ...perLayout<InvalidCase>("全年预算数 in words", (l) => ({
      spec: withFundTotal(budgetForm(l, "100", "95"), { budget: "一百万" }),
      findings: [{ severity: "error", cell: at.fund("budget") }],
    })),
    ...perLayout<InvalidCase>("a rate that is not a number", (l) => ({
      spec: withFundTotal(budgetForm(l, "100", "95"), { rate: "约95%" }),
      findings: [{ severity: "error", cell: at.fund("rate") }],
    })),
    ...perLayout<InvalidCase>("a budget score that is not a number", (l) => ({
      spec: withFundTotal(budgetForm(l, "100", "95"), { score: "九点五" }),
      findings: [{ severity: "error", cell: at.fund("score") }],
    })),
    ...perLayout<InvalidCase>("a 其中 row's executed amount in words", (l) => ({
      spec: withSource(budgetForm(l, "100", "95"), mainSource(l), { executed: "已执行" }),
      findings: [{ severity: "error", cell: at.source(mainSource(l), "executed") }],
    })),
    ...perLayout<InvalidCase>("blank 全年执行数 on the total row of a filled form", (l) => ({
      spec: withFundTotal(budgetForm(l, "100", "95"), { executed: null }),
      findings: [{ severity: "error", cell: at.fund("executed") }],
    })),
    ...perLayout<InvalidCase>(
      "central's 分值 cell in words",
      (l) => ({
        spec: withFundTotal(budgetForm(l, "100", "95"), { weight: "十分" }),
        findings: [{ severity: "error", cell: at.fund("weight") }],
      }),
      ["central-2020"]
    ),
  ],
});
