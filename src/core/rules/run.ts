// Runs the registered rules over a form or a sheet and turns their hits into findings.
import { toA1 } from "../grid/address";
import { render } from "../i18n/render";
import type { FormEval } from "../score/form";
import { homeSheet, type TargetCheck } from "../targets/pair";
import type { Finding } from "../types";
import { RULES } from "./index";
import type { Rule, RuleHit, SheetContext } from "./rule";

function toFinding(rule: Rule, sheet: string, hit: RuleHit): Finding {
  const template = rule.messages[hit.variant ?? "default"] ?? Object.values(rule.messages)[0];
  const f: Finding = {
    code: rule.code,
    severity: hit.severity ?? rule.severity,
    sheet: hit.sheet ?? sheet,
    cell: toA1(hit.at.r, hit.at.c),
    message: render(template, hit.data),
  };
  if (hit.expected !== undefined && hit.expected !== null) f.expected = hit.expected;
  if (hit.actual !== undefined && hit.actual !== null) f.actual = hit.actual;
  return f;
}

/** A form's findings in reading order (top to bottom, left to right), as a clerk works through them. */
export function runFormRules(form: FormEval): Finding[] {
  const hits: { at: RuleHit["at"]; finding: Finding }[] = [];
  for (const rule of RULES) {
    if (rule.scope !== "form") continue;
    for (const hit of rule.check(form)) {
      hits.push({ at: hit.at, finding: toFinding(rule, form.grid.name, hit) });
    }
  }
  hits.sort((a, b) => a.at.r - b.at.r || a.at.c - b.at.c);
  return hits.map((h) => h.finding);
}

export function runSheetRules(ctx: SheetContext): Finding[] {
  const out: Finding[] = [];
  for (const rule of RULES) {
    if (rule.scope !== "sheet") continue;
    for (const hit of rule.check(ctx)) out.push(toFinding(rule, ctx.grid.name, hit));
  }
  return out;
}

/**
 * The findings of one target cross-check: those on the 自评表's sheet first, then those on the target
 * form's, each in reading order.
 */
export function runTargetRules(pairing: TargetCheck): Finding[] {
  const home = homeSheet(pairing);
  const hits: { at: RuleHit["at"]; own: boolean; finding: Finding }[] = [];
  for (const rule of RULES) {
    if (rule.scope !== "targets") continue;
    for (const hit of rule.check(pairing)) {
      const finding = toFinding(rule, home, hit);
      hits.push({ at: hit.at, own: finding.sheet === home, finding });
    }
  }
  hits.sort((a, b) => Number(b.own) - Number(a.own) || a.at.r - b.at.r || a.at.c - b.at.c);
  return hits.map((h) => h.finding);
}
