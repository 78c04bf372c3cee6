// GRADE_MISSING: the form has a grade cell and it is blank.
import type { FormRule } from "./rule";

export const gradeMissing: FormRule = {
  code: "GRADE_MISSING",
  severity: "warning",
  scope: "form",
  messages: {
    default: {
      zh: "自评等级未填写（应为“{expected}”）",
      en: "The grade is blank (should be “{expected}”)",
    },
  },
  check: (f) => {
    const t = f.total;
    if (!t?.gradeCell || f.unfilled || t.gradeEntered !== "" || !t.gradeExpected) return [];
    return [{ at: t.gradeCell.at, data: { expected: t.gradeExpected }, expected: t.gradeExpected }];
  },
};
