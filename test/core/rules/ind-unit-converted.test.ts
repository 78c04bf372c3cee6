// IND_UNIT_CONVERTED: target and actual in different but convertible units (元 ↔ 万元): converted, info.
import { cleanForm } from "../../../testkit/fixtures/forms";
import type { Layout } from "../../../testkit/fixtures/spec";
import { at, perLayout, ruleTester, withInd, type Case, type InvalidCase } from "./harness";

const clean = (l: Layout) => cleanForm(l);
const actual = (i: number) => at.ind(i, "actual");

ruleTester("IND_UNIT_CONVERTED", {
  valid: [
    ...perLayout<Case>("clean form", (l) => ({ spec: clean(l) })),
    ...perLayout<Case>("same unit with a leading `=`", (l) => ({
      spec: withInd(clean(l), 3, { value: "44.83", unit: "万元", actual: "=44.83万元" }),
    })),
    ...perLayout<Case>("units that do not convert are IND_UNIT_MISMATCH's", (l) => ({
      spec: withInd(clean(l), 0, { actual: "520个" }),
    })),
  ],
  invalid: [
    ...perLayout<InvalidCase>("seed's 成本: 500632.41元 vs =44.83万元", (l) => ({
      spec: withInd(clean(l), 3, {
        name: "成本",
        cmp: undefined,
        value: "500632.41",
        unit: "元",
        actual: "=44.83万元",
      }),
      findings: [{ severity: "info", cell: actual(3) }],
      absent: ["IND_SCORE_MISMATCH", "IND_TARGET_MISSED", "IND_UNIT_MISMATCH"],
    })),
    ...perLayout<InvalidCase>("≤2000元 vs 0.19万元", (l) => ({
      spec: withInd(clean(l), 3, { actual: "0.19万元" }),
      findings: [{ severity: "info", cell: actual(3) }],
    })),
    ...perLayout<InvalidCase>("公里 vs 米", (l) => ({
      spec: withInd(clean(l), 0, { name: "道路改造", value: "2", unit: "公里", actual: "2100米" }),
      findings: [{ severity: "info", cell: actual(0) }],
    })),
  ],
});
