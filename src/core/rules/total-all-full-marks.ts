// TOTAL_ALL_FULL_MARKS: every indicator at full marks and a total of 100 — reviewers look twice (info).
import { eq2 } from "../score/num-cell";
import { D } from "../decimal";
import type { FormRule } from "./rule";

export const totalAllFullMarks: FormRule = {
  code: "TOTAL_ALL_FULL_MARKS",
  severity: "info",
  scope: "form",
  messages: {
    default: {
      zh: "总分 100 且所有指标均为满分：审核时会重点核查，请确认每项得分都有实际完成情况支持",
      en: "A total of 100 with every indicator at full marks: reviewers check such forms closely; make sure every score is backed by the results",
    },
  },
  check: (f) => {
    const t = f.total;
    if (!t || f.unfilled || t.cell.num === null || !eq2(t.cell.num, new D(100))) return [];
    if (!f.weighted.length) return [];
    const full = f.weighted.every(
      (i) => i.weightValue === null || (i.entered !== null && i.entered.gte(i.weightValue))
    );
    return full ? [{ at: t.cell.at }] : [];
  },
};
