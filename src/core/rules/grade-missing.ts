// GRADE_MISSING: the form has a grade cell and it is blank.
import { isEmptyValue } from "../text/normalize";
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
    // `—`, `/` and the like are empty values (docs/rules.md, notation): a blank grade, not a wrong one.
    if (!t?.gradeCell || f.unfilled || !isEmptyValue(t.gradeEntered) || !t.gradeExpected) return [];
    return [{ at: t.gradeCell.at, data: { expected: t.gradeExpected }, expected: t.gradeExpected }];
  },
};
