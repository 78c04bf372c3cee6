// TARGET_IND_ADDED: an indicator of the 自评表 that its target form does not set.
import { formName, where } from "./target-cells";
import type { TargetRule } from "./rule";

export const targetIndAdded: TargetRule = {
  code: "TARGET_IND_ADDED",
  severity: "warning",
  scope: "targets",
  messages: {
    default: {
      zh: "自评表中的指标“{name}”不是{form}（{where}）设定的指标",
      en: "Indicator “{name}” is not among the indicators {form} ({where}) sets",
    },
  },
  check: (p) => {
    if (p.kind !== "pair") return [];
    const cols = p.form.layout.indicators!.cols;
    const t = p.target;
    const header = { r: t.layout.indicators.headerRow, c: t.layout.indicators.cols.name };
    return p.match.added.map((row) => ({
      at: { r: row.row, c: cols.name },
      data: { form: formName(t), where: where(t, header), name: row.name },
      actual: row.name,
    }));
  },
};
