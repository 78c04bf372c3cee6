// IND_DATE_OUT_OF_YEAR: a 时效 date in another year than the form's 年度 (2022 here).
import { cleanForm } from "../../../testkit/fixtures/forms";
import type { Layout } from "../../../testkit/fixtures/spec";
import { at, perLayout, ruleTester, withInd, type Case, type InvalidCase } from "./harness";

const clean = (l: Layout) => cleanForm(l);

ruleTester("IND_DATE_OUT_OF_YEAR", {
  valid: [
    ...perLayout<Case>("clean form (2022年12月, 2022年11月)", (l) => ({ spec: clean(l) })),
    ...perLayout<Case>("finished in 2023 against 2022年12月: IND_TARGET_MISSED's", (l) => ({
      spec: withInd(clean(l), 2, { actual: "2023年1月" }),
    })),
    ...perLayout<Case>("dates without a year", (l) => ({
      spec: withInd(clean(l), 2, { value: "12月底前", actual: "11月" }),
    })),
  ],
  invalid: [
    ...perLayout<InvalidCase>("last year's dates copied: 2021年12月 / 2021年11月", (l) => ({
      spec: withInd(clean(l), 2, { value: "2021年12月", actual: "2021年11月" }),
      findings: [
        { severity: "warning", cell: at.target(2) },
        { severity: "warning", cell: at.ind(2, "actual") },
      ],
    })),
    ...perLayout<InvalidCase>("a deadline in the next year", (l) => ({
      spec: withInd(clean(l), 2, { value: "2023年6月", actual: "2022年11月" }),
      findings: [{ severity: "warning", cell: at.target(2) }],
    })),
  ],
});
