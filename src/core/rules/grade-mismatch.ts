// GRADE_MISMATCH: the grade is not the band of the total (≥90 优, 80–90 良, 60–80 中, <60 差).
import { isEmptyValue } from "../text/normalize";
import type { FormRule } from "./rule";

export const gradeMismatch: FormRule = {
  code: "GRADE_MISMATCH",
  severity: "error",
  scope: "form",
  messages: {
    default: {
      zh: "总分 {total} 对应的等级应为“{expected}”，填报为“{actual}”",
      en: "A total of {total} means grade “{expected}”; the form says “{actual}”",
    },
  },
  check: (f) => {
    const t = f.total;
    if (
      !t?.gradeCell ||
      f.unfilled ||
      isEmptyValue(t.gradeEntered) ||
      !t.gradeExpected ||
      t.gradeCell.formula
    )
      return [];
    if (t.gradeEntered === t.gradeExpected) return [];
    const total = (t.cell.num ?? t.arithmetic)?.toFixed() ?? "";
    return [
      {
        at: t.gradeCell.at,
        data: { total, expected: t.gradeExpected, actual: t.gradeCell.raw },
        expected: t.gradeExpected,
        actual: t.gradeCell.raw,
      },
    ];
  },
};
