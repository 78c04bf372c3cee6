// BATCH_TEXT_COPIED: the same 偏差原因, 年度总体目标 or 实际完成情况 text in several projects (warning).
import type { LocalizedText } from "../types";
import { render } from "../i18n/render";
import { textKey } from "./normalize";
import { comparableText } from "./normalize";
import { excerpt, groupBy, refOf } from "./refs";
import type { BatchCheck, BatchEntry, BatchFinding, BatchFormRef } from "./types";

type Kind = "deviation" | "goal" | "outcome";

const KIND_WORDS: Record<Kind, LocalizedText> = {
  deviation: { zh: "偏差原因", en: "deviation reason" },
  goal: { zh: "年度总体目标", en: "annual overall goal" },
  outcome: { zh: "总体目标实际完成情况", en: "account of the goal's results" },
};

interface Occurrence {
  kind: Kind;
  key: string;
  text: string;
  entry: BatchEntry;
  cell: string;
}

/** Every comparable text of a form, in reading order: goal, outcome, then each indicator's reason. */
function occurrences(entry: BatchEntry): Occurrence[] {
  const out: Occurrence[] = [];
  const add = (kind: Kind, text: string, cell: string) => {
    const key = comparableText(text);
    if (key !== null) out.push({ kind, key, text, entry, cell });
  };
  const goals = entry.form.goals;
  if (goals) {
    add("goal", goals.target, goals.cell);
    add("outcome", goals.actual, goals.cell);
  }
  for (const i of entry.form.indicators) {
    if (i.deviation) add("deviation", i.deviation, i.deviationCell ?? i.cell);
  }
  return out;
}

/** A project as compared: its name, or (nameless) the form itself, so two nameless forms differ. */
const projectKey = (e: BatchEntry): string => textKey(e.form.project) || `#${e.order}`;

export const batchTextCopied: BatchCheck = {
  code: "BATCH_TEXT_COPIED",
  severity: "warning",
  messages: {
    default: {
      zh: "{count} 个项目的{what}完全相同：“{text}”——像是复制的，请核实每个项目是否按实际情况填写",
      en: "{count} projects give the same {what}: “{text}” — it looks copied; check that each project describes its own case",
    },
  },
  check(entries) {
    const all = entries.flatMap(occurrences);
    const findings: BatchFinding[] = [];
    for (const group of groupBy(all, (o) => `${o.kind}\u0000${o.key}`).values()) {
      // One reference per form (the first place it uses the text), and at least two projects.
      const forms = new Map<number, BatchFormRef>();
      for (const o of group)
        if (!forms.has(o.entry.order)) forms.set(o.entry.order, refOf(o.entry, o.cell));
      const projects = new Set(group.map((o) => projectKey(o.entry)));
      if (projects.size < 2) continue;
      findings.push({
        code: this.code,
        severity: this.severity,
        message: render(this.messages.default, {
          count: String(projects.size),
          what: KIND_WORDS[group[0].kind],
          text: excerpt(group[0].text),
        }),
        forms: [...forms.values()],
      });
    }
    return findings;
  },
};
