// The answer first: one MessageBar saying whether the form can be printed, with the counts and the next step.
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { tally, verdictOf, type Evaluation, type Lang } from "../../core";
import type { Scope } from "../../excel/port";
import { strings } from "../i18n";
import type { FixCounts } from "../problems";

export interface VerdictProps {
  lang: Lang;
  evaluation: Evaluation;
  fixes: FixCounts;
  scope: Scope;
  /** Offered when the active sheet holds no form: check every worksheet instead. */
  onCheckWorkbook: () => void;
}

export function Verdict({ lang, evaluation, fixes, scope, onCheckWorkbook }: VerdictProps) {
  const t = strings[lang];
  const counts = tally(evaluation);
  if (counts.forms === 0) {
    return (
      <MessageBar intent="warning" layout="multiline" data-testid="verdict" data-verdict="none">
        <MessageBarBody>
          <MessageBarTitle>{scope === "sheet" ? t.noFormTitle : t.noFormWorkbook}</MessageBarTitle>
          {t.noFormBody}
        </MessageBarBody>
        {scope === "sheet" && (
          <MessageBarActions>
            <Button size="small" onClick={onCheckWorkbook}>
              {t.checkWorkbook}
            </Button>
          </MessageBarActions>
        )}
      </MessageBar>
    );
  }
  // No error → success, which may still ask to verify warnings; computed cells held back → warning
  // (nothing is wrong for sure, but the form is not finished); any error → error.
  const verdict = verdictOf(counts) === "fail" ? "fail" : fixes.held > 0 ? "warn" : "pass";
  const intent = verdict === "fail" ? "error" : verdict === "warn" ? "warning" : "success";
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
      ? [t.verdictFix(fixes.auto, fixes.manual), t.verdictFailNext].join(lang === "zh" ? "" : " ")
      : counts.warnings > 0 || fixes.held > 0
        ? t.verdictWarnNext
        : null;
  return (
    <MessageBar intent={intent} layout="multiline" data-testid="verdict" data-verdict={verdict}>
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {next && <div>{next}</div>}
      </MessageBarBody>
    </MessageBar>
  );
}
