// IND_DUPLICATE_ACROSS_GROUPS: the same indicator listed under two 一级指标 (counted twice in the total).
import { squash } from "../text/normalize";
import type { FormRule, RuleHit } from "./rule";
import { label, nameAt } from "./indicator-cells";

export const indDuplicateAcrossGroups: FormRule = {
  code: "IND_DUPLICATE_ACROSS_GROUPS",
  severity: "warning",
  scope: "form",
  messages: {
    default: {
      zh: "指标{name}同时列在“{first}”和“{second}”下，同一指标不应重复计分",
      en: "Indicator {name} is listed under both “{first}” and “{second}”; one indicator must not be scored twice",
    },
  },
  check: (f) => {
    const first = new Map<string, string>();
    const hits: RuleHit[] = [];
    for (const i of f.weighted) {
      const name = squash(i.name);
      const level1 = i.group ?? i.level1;
      if (!name || !level1) continue;
      const seen = first.get(name);
      if (seen === undefined) first.set(name, level1);
      else if (seen !== level1)
        hits.push({ at: nameAt(f, i), data: { name: label(i), first: seen, second: level1 } });
    }
    return hits;
  },
};
