// TARGET_IND_MISSING: an indicator the target form sets that the 自评表 does not list.
import { formName, nameHeader, targetHit, where } from "./target-cells";
import type { TargetRule } from "./rule";

export const targetIndMissing: TargetRule = {
  code: "TARGET_IND_MISSING",
  severity: "warning",
  scope: "targets",
  messages: {
    default: {
      zh: "{form}（{where}）设定的指标“{name}”（指标值 {target}）未列入自评表",
      en: "Indicator “{name}” (target {target}) set in {form} ({where}) is missing from the self-evaluation form",
    },
  },
  check: (p) => {
    if (p.kind !== "pair") return [];
    const t = p.target;
    return p.match.missing.map((m) => {
      const at = { r: m.row.row, c: t.layout.indicators.cols.name };
      return targetHit(t, at, nameHeader(p.form), {
        data: {
          form: formName(t),
          where: where(t, at),
          name: m.row.name,
          target: m.row.targetText || "—",
        },
        expected: m.row.name,
      });
    });
  },
};
