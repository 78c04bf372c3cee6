// The rule contract: one finding code per rule, messages by variant in zh and en, hits with cells and data.
import type { RC } from "../grid/address";
import type { Grid } from "../grid/grid";
import type { FormLayout } from "../locate/layout-types";
import type { FormEval } from "../score/form";
import type { TargetCheck } from "../targets/pair";
import type { FindingCode, LocalizedText, Severity } from "../types";

export interface RuleHit {
  at: RC;
  /** The sheet `at` is on when not the form's own (a cell of the target form, docs/targets.md). */
  sheet?: string;
  /** Overrides the rule's default severity (codes with error / warning / info variants). */
  severity?: Severity;
  /** Key into the rule's messages; `default` when absent. */
  variant?: string;
  /** Values for the `{placeholders}` of the message. */
  data?: Record<string, string | LocalizedText>;
  expected?: string | null;
  actual?: string | null;
}

interface RuleBase {
  code: FindingCode;
  severity: Severity;
  /** Messages by variant; every variant has zh and en with the same placeholders. */
  messages: Record<string, LocalizedText>;
}

export interface FormRule extends RuleBase {
  scope: "form";
  check(form: FormEval): RuleHit[];
}

export interface SheetContext {
  grid: Grid;
  forms: FormLayout[];
  /** Target forms (申报表 / 监控表) found on the sheet: a sheet holding one lacks no 自评表. */
  targetForms?: number;
}

export interface SheetRule extends RuleBase {
  scope: "sheet";
  check(sheet: SheetContext): RuleHit[];
}

/** A cross-check of a 自评表 against its target form (src/core/targets/, docs/targets.md). */
export interface TargetRule extends RuleBase {
  scope: "targets";
  check(pairing: TargetCheck): RuleHit[];
}

export type Rule = FormRule | SheetRule | TargetRule;
