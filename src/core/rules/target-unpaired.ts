// TARGET_UNPAIRED: a 自评表 without its project's target form, or a target form without its 自评表.
import { formName, where } from "./target-cells";
import type { TargetRule } from "./rule";

export const targetUnpaired: TargetRule = {
  code: "TARGET_UNPAIRED",
  severity: "info",
  scope: "targets",
  messages: {
    form: {
      zh: "未找到项目“{project}”的绩效目标申报表或执行监控表（按项目名称配对），未与目标核对",
      en: "No target form (申报表 / 执行监控表) of project “{project}” was found (paired by 项目名称): targets not compared",
    },
    target: {
      zh: "{form}（{where}，项目“{project}”）没有对应的自评表，未核对",
      en: "{form} ({where}, project “{project}”) has no self-evaluation form of its project: nothing compared",
    },
  },
  check: (p) => {
    if (p.kind === "unpairedForm")
      return [
        { at: p.form.layout.anchor, variant: "form", data: { project: p.form.layout.project } },
      ];
    if (p.kind !== "unpairedTarget") return [];
    const t = p.target;
    return [
      {
        at: t.layout.anchor,
        sheet: t.sheet,
        variant: "target",
        data: { form: formName(t), where: where(t, t.layout.anchor), project: t.layout.project },
      },
    ];
  },
};
