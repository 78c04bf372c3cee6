// BATCH_SAME_INDICATORS: forms of different units with exactly the same set of 三级指标 (info).
import { render } from "../i18n/render";
import { textKey } from "./normalize";
import { excerpt, groupBy, refOf } from "./refs";
import type { BatchCheck, BatchEntry, BatchFinding } from "./types";

/** Two or one shared indicators say nothing (预算执行率, 满意度 are everywhere); three make a set. */
export const MIN_SHARED_INDICATORS = 3;

/** The form's indicator names as compared (breakdown rows and nameless rows left out). */
function nameSet(entry: BatchEntry): string[] {
  const names = entry.form.indicators
    .filter((i) => !i.breakdown)
    .map((i) => textKey(i.name))
    .filter((n) => n !== "");
  return [...new Set(names)].sort();
}

export const batchSameIndicators: BatchCheck = {
  code: "BATCH_SAME_INDICATORS",
  severity: "info",
  messages: {
    default: {
      zh: "{units} 个单位的 {count} 张表使用完全相同的 {n} 个三级指标（{names}）：指标可能是套用的，请核实是否结合各自项目设置",
      en: "{count} forms of {units} units use exactly the same {n} indicators ({names}): they may be copied from a template; check that each fits its own project",
    },
  },
  check(entries) {
    // A form naming no unit cannot tell "another unit" from "the same project sent twice": left out.
    const keyed = entries.filter((e) => e.unitKey !== "").map((e) => ({ e, names: nameSet(e) }));
    const groups = groupBy(keyed, (k) =>
      k.names.length >= MIN_SHARED_INDICATORS ? k.names.join("\u0000") : null
    );
    const findings: BatchFinding[] = [];
    for (const group of groups.values()) {
      const units = new Set(group.map((k) => k.e.unitKey));
      if (units.size < 2) continue;
      const first = group[0].e.form.indicators.filter((i) => !i.breakdown && i.name);
      const names = [...new Set(first.map((i) => i.name))];
      findings.push({
        code: this.code,
        severity: this.severity,
        message: render(this.messages.default, {
          units: String(units.size),
          count: String(group.length),
          n: String(names.length),
          names: excerpt(names.join("、"), 60),
        }),
        forms: group.map((k) => refOf(k.e, k.e.form.indicators[0]?.cell)),
      });
    }
    return findings;
  },
};
