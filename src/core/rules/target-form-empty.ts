// TARGET_FORM_EMPTY: a target form with its headers only: nothing to compare the 自评表 with.
import { formName, nameHeader, targetHit, where } from "./target-cells";
import type { TargetRule } from "./rule";

export const targetFormEmpty: TargetRule = {
  code: "TARGET_FORM_EMPTY",
  severity: "info",
  scope: "targets",
  messages: {
    default: {
      zh: "{form}（{where}）只有表头，没有绩效指标和年度资金，未与之核对",
      en: "{form} ({where}) has its headers only (no indicators, no annual amount): nothing compared",
    },
    self: {
      zh: "自评表尚未列出绩效指标，未与{form}（{where}）核对",
      en: "The self-evaluation form lists no indicator yet: not compared with {form} ({where})",
    },
  },
  check: (p) => {
    if (p.kind !== "empty") return [];
    const t = p.target;
    const at = t.layout.anchor;
    const data = { form: formName(t), where: where(t, at) };
    if (p.side === "self") return [{ at: nameHeader(p.form!), variant: "self", data }];
    return [
      p.form ? targetHit(t, at, p.form.layout.anchor, { data }) : { at, sheet: t.sheet, data },
    ];
  },
};
