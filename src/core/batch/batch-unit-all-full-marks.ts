// BATCH_UNIT_ALL_FULL_MARKS: every project form of one unit entered a total of 100 (warning).
import { D } from "../decimal";
import { render } from "../i18n/render";
import { groupBy, refOf } from "./refs";
import type { BatchCheck, BatchEntry } from "./types";

/** One project at 100 is TOTAL_ALL_FULL_MARKS's business; a pattern needs at least two. */
const MIN_PROJECTS = 2;

function enteredHundred(entry: BatchEntry): boolean {
  const t = entry.form.total.entered;
  if (t === null) return false;
  try {
    return new D(t.replace(/分$/, "").trim()).eq(100);
  } catch {
    return false;
  }
}

export const batchUnitAllFullMarks: BatchCheck = {
  code: "BATCH_UNIT_ALL_FULL_MARKS",
  severity: "warning",
  messages: {
    default: {
      zh: "单位“{unit}”的 {count} 个项目自评总分全部为 100 分：请核实各项目的完成情况是否都支持满分，扣分是否如实",
      en: "All {count} projects of “{unit}” self-scored 100: check that every project's results support full marks and that no deduction was left out",
    },
  },
  check(entries) {
    const projects = entries.filter((e) => e.form.kind !== "department" && e.unitKey !== "");
    const findings = [];
    for (const group of groupBy(projects, (e) => e.unitKey).values()) {
      if (group.length < MIN_PROJECTS || !group.every(enteredHundred)) continue;
      findings.push({
        code: this.code,
        severity: this.severity,
        message: render(this.messages.default, {
          unit: group[0].unitText,
          count: String(group.length),
        }),
        forms: group.map((e) => refOf(e, e.form.total.cell)),
      });
    }
    return findings;
  },
};
