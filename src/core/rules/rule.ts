// The rule contract: one finding code per rule, messages by variant in zh and en, hits with cells and data.
import type { RC } from "../grid/address";
import type { Grid } from "../grid/grid";
import type { FormLayout } from "../locate/layout-types";
import type { FormEval } from "../score/form";
import type { FindingCode, LocalizedText, Severity } from "../types";

export interface RuleHit {
  at: RC;
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
}

export interface SheetRule extends RuleBase {
  scope: "sheet";
  check(sheet: SheetContext): RuleHit[];
}

export type Rule = FormRule | SheetRule;
