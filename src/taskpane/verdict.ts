// The verdict's words from an evaluation and its fix counts: the pane's Verdict and the web page's report say the same.
import { tally, verdictOf, type Evaluation, type Lang } from "../core";
import { strings } from "./i18n";
import type { FixCounts } from "./problems";

export interface VerdictText {
  /** No error → pass (maybe with warnings); computed cells held back → warn; any error → fail. */
  verdict: "fail" | "warn" | "pass";
  title: string;
  /** The next step, or null when there is nothing to do. */
  next: string | null;
}

/** Null when the evaluation holds no form (each host says that its own way). */
export function verdictText(
  evaluation: Pick<Evaluation, "forms" | "sheetFindings">,
  fixes: FixCounts,
  lang: Lang,
  /** The host's button that writes the fixes (default 重新计算并写入); null: this host cannot write. */
  fixAction: string | null = strings[lang].actions.recompute
): VerdictText | null {
  const t = strings[lang];
  const counts = tally(evaluation);
  if (counts.forms === 0) return null;
  // Held cells: nothing is wrong for sure, but the form is not finished.
  const verdict = verdictOf(counts) === "fail" ? "fail" : fixes.held > 0 ? "warn" : "pass";
  const title =
    verdict === "fail"
      ? t.verdictFail(counts.errors)
      : verdict === "warn"
        ? t.verdictWarn(fixes.held)
        : counts.warnings > 0
          ? t.verdictPassWarnings(counts.warnings)
          : t.verdictPass;
  const next =
    verdict === "fail"
      ? [t.verdictFix(fixes.auto, fixes.manual, fixAction), t.verdictFailNext].join(
          lang === "zh" ? "" : " "
        )
      : counts.warnings > 0 || fixes.held > 0
        ? t.verdictWarnNext
        : null;
  return { verdict, title, next };
}
