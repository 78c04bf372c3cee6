// IND_PLACEHOLDER: a template placeholder (`**`, `≥**%`, `XX`, `指标1`) left in a name, target or actual.
import type { RC } from "../grid/address";
import type { FormRule, RuleHit } from "./rule";
import {
  actualAt,
  isTemplatePlaceholder,
  label,
  nameAt,
  rawName,
  targetAt,
} from "./indicator-cells";

export const indPlaceholder: FormRule = {
  code: "IND_PLACEHOLDER",
  severity: "warning",
  scope: "form",
  messages: {
    name: {
      zh: "三级指标名称“{value}”是模板占位符，请填写指标名称",
      en: "The indicator name “{value}” is a template placeholder; write the indicator's name",
    },
    target: {
      zh: "指标{name}的指标值“{value}”是模板占位符，请填写年度指标值",
      en: "The target “{value}” of indicator {name} is a template placeholder; write the annual target",
    },
    actual: {
      zh: "指标{name}的实际完成值“{value}”是模板占位符，请填写实际完成值",
      en: "The actual “{value}” of indicator {name} is a template placeholder; write the measured value",
    },
  },
  check: (f) => {
    const hits: RuleHit[] = [];
    for (const i of f.indicators) {
      if (i.kind !== "indicator" && i.kind !== "breakdown") continue;
      const cells: [string, string, RC][] = [
        ["name", rawName(f, i), nameAt(f, i)],
        ["target", i.targetText, targetAt(i)],
        ["actual", i.actualText, actualAt(i)],
      ];
      for (const [variant, value, at] of cells) {
        if (!isTemplatePlaceholder(value)) continue;
        hits.push({
          at,
          variant,
          data: { name: label(i), value: value.trim() },
          actual: value.trim(),
        });
      }
    }
    return hits;
  },
};
