// FUND_RATE: 执行率 = 全年执行数 / 全年预算数 at the cell's shown precision; a blank total-row rate is info.
import { percent } from "../../../testkit/fixtures/forms";
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

ruleTester("FUND_RATE", {
  valid: [
    ...perLayout<Case>("clean form, 95%", (l) => ({ spec: budgetForm(l, "100", "95") })),
    // docs/rules.md §3: an entered rate is compared at its shown precision.
    ...perLayout<Case>("`86%` matches 86.20%", (l) => ({
      spec: withFundTotal(budgetForm(l, "100", "86.2"), { rate: "86%" }),
    })),
    ...perLayout<Case>("`89.55%` matches 0.895525 (seed)", (l) => ({
      spec: withFundTotal(budgetForm(l, "50.06", "44.83"), { rate: "89.55%" }),
    })),
    ...perLayout<Case>("0.8955 shown as 89.55% matches 0.895525", (l) => ({
      spec: withFundTotal(budgetForm(l, "50.06", "44.83"), { rate: percent(0.8955) }),
    })),
    ...perLayout<Case>("a plain 0.95 without a format", (l) => ({
      spec: withFundTotal(budgetForm(l, "100", "95"), { rate: 0.95 }),
    })),
    ...perLayout<Case>("95 meaning 95% (no % sign)", (l) => ({
      spec: withFundTotal(budgetForm(l, "100", "95"), { rate: 95 }),
    })),
    ...perLayout<Case>("an overspent rate is shown uncapped: 110%", (l) => ({
      spec: budgetForm(l, "100", "110"),
    })),
    ...perLayout<Case>("budget 0: no rate to check", (l) => ({
      spec: withFundTotal(budgetForm(l, "0", "0"), { rate: "—" }),
    })),
    ...perLayout<Case>("a blank rate on a 其中 row is not checked", (l) => ({
      spec: withSource(budgetForm(l, "100", "95"), mainSource(l), { rate: null }),
    })),
  ],
  invalid: [
    ...perLayout<InvalidCase>("85% entered, 95% computed", (l) => ({
      spec: withFundTotal(budgetForm(l, "100", "95"), { rate: percent(0.85) }),
      findings: [{ severity: "error", cell: at.fund("rate") }],
    })),
    ...perLayout<InvalidCase>("`86%` does not match 86.60%", (l) => ({
      spec: withFundTotal(budgetForm(l, "100", "86.6"), { rate: "86%" }),
      findings: [{ severity: "error", cell: at.fund("rate") }],
    })),
    ...perLayout<InvalidCase>("`89.56%` does not match 0.895525", (l) => ({
      spec: withFundTotal(budgetForm(l, "50.06", "44.83"), { rate: "89.56%" }),
      findings: [{ severity: "error", cell: at.fund("rate") }],
    })),
    ...perLayout<InvalidCase>("a blank total-row rate is info", (l) => ({
      spec: withFundTotal(budgetForm(l, "100", "95"), { rate: null }),
      findings: [{ severity: "info", cell: at.fund("rate") }],
    })),
    ...perLayout<InvalidCase>("a filled 其中 rate is checked", (l) => ({
      spec: withSource(budgetForm(l, "100", "95"), mainSource(l), { rate: percent(0.9) }),
      findings: [{ severity: "error", cell: at.source(mainSource(l), "rate") }],
    })),
  ],
});
