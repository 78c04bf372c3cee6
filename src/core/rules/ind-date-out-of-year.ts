// IND_DATE_OUT_OF_YEAR: a 时效 date (target or actual) in another year than the form's 年度.
import type { FormRule, RuleHit } from "./rule";
import { actualAt, label, targetAt } from "./indicator-cells";

export const indDateOutOfYear: FormRule = {
  code: "IND_DATE_OUT_OF_YEAR",
  severity: "warning",
  scope: "form",
  messages: {
    target: {
      zh: "指标{name}的指标值“{value}”不在本表年度（{year}年）内，请核对是否沿用了往年的表",
      en: "The target “{value}” of indicator {name} is not in the form's year ({year}); was last year's form reused?",
    },
    actual: {
      zh: "指标{name}的实际完成值“{value}”不在本表年度（{year}年）内，请核对",
      en: "The actual “{value}” of indicator {name} is not in the form's year ({year}); check it",
    },
  },
  check: (f) => {
    const year = f.layout.year;
    if (year === null) return [];
    const hits: RuleHit[] = [];
    for (const i of f.weighted) {
      const data = (value: string) => ({ name: label(i), value, year: String(year) });
      const ty = i.target.date?.year ?? null;
      const ay = i.actual.date?.year ?? null;
      if (ty !== null && ty !== year)
        hits.push({ at: targetAt(i), variant: "target", data: data(i.targetText) });
      // Completed after the year against a deadline within it is IND_TARGET_MISSED's (late).
      const lateOnly = ay !== null && ay > year && i.scoring.late;
      if (ay !== null && ay !== year && !lateOnly)
        hits.push({ at: actualAt(i), variant: "actual", data: data(i.actualText) });
    }
    return hits;
  },
};
