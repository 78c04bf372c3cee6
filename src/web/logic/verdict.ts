// One checked file's verdict and problems in the pane's words (the report says what the page shows).
import type { Evaluation, Lang } from "../../core";
import { strings } from "../../taskpane/i18n";
import {
  fixCounts,
  problemGroups,
  type FixCounts,
  type ProblemGroup,
} from "../../taskpane/problems";
import { verdictText } from "../../taskpane/verdict";

export interface FileVerdict {
  verdict: "fail" | "warn" | "pass" | "none";
  title: string;
  next: string | null;
  groups: ProblemGroup[];
  fixes: FixCounts;
}

/** `fixAction`: the page's button that writes the fixes, null for a file it cannot write (.xls/.et). */
export function fileVerdict(
  evaluation: Evaluation,
  lang: Lang,
  fixAction: string | null = null
): FileVerdict {
  const groups = problemGroups(evaluation);
  const fixes = fixCounts(groups);
  const text = verdictText(evaluation, fixes, lang, fixAction);
  if (!text) {
    const t = strings[lang];
    return { verdict: "none", title: t.noFormWorkbook, next: t.noFormBody, groups, fixes };
  }
  return { ...text, groups, fixes };
}
