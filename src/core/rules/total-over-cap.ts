// TOTAL_OVER_CAP: the deployment caps the total by the execution rate, and the entered total is above it.
import { round2 } from "../decimal";
import { n2, pct } from "./format";
import type { FormRule } from "./rule";

export const totalOverCap: FormRule = {
  code: "TOTAL_OVER_CAP",
  severity: "error",
  scope: "form",
  messages: {
    default: {
      zh: "预算执行率为 {rate}，按本地规则总分不得高于 {cap}，应为 {expected}，填报为 {actual}",
      en: "At an execution rate of {rate} the deployment allows a total of at most {cap}: it should be {expected}; the form says {actual}",
    },
  },
  check: (f) => {
    const t = f.total;
    const rate = f.funding?.rate;
    // A total formula's result is FORMULA_RESULT_MISMATCH's (its expected value is capped too).
    if (!t || !rate || t.cap === null || f.unfilled || t.cell.formula || t.cell.num === null)
      return [];
    if (t.cell.kind !== "number" || !round2(t.cell.num).gt(t.cap)) return [];
    const expected = n2(t.arithmetic ?? t.cap);
    const actual = t.cell.num.toFixed();
    return [
      {
        at: t.cell.at,
        data: { rate: pct(rate), cap: n2(t.cap), expected, actual },
        expected,
        actual,
      },
    ];
  },
};
