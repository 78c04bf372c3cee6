// The answer first: one MessageBar saying whether the form can be printed, with the counts and the next step.
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { tally, type Evaluation, type Lang } from "../../core";
import { strings } from "../i18n";
import type { FixCounts } from "../problems";
import { verdictText } from "../verdict";

/** Which sheets were checked (the same words as the Excel port's scope, without its types). */
export type VerdictScope = "sheet" | "workbook";

export interface VerdictProps {
  lang: Lang;
  evaluation: Evaluation;
  fixes: FixCounts;
  scope: VerdictScope;
  /** Offered when the active sheet holds no form: check every worksheet instead. */
  onCheckWorkbook: () => void;
  /** The host's button that writes the fixes (default 重新计算并写入); null: this host cannot write. */
  fixAction?: string | null;
}

export function Verdict({
  lang,
  evaluation,
  fixes,
  scope,
  onCheckWorkbook,
  fixAction,
}: VerdictProps) {
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
  const { verdict, title, next } = verdictText(evaluation, fixes, lang, fixAction)!;
  const intent = verdict === "fail" ? "error" : verdict === "warn" ? "warning" : "success";
  return (
    <MessageBar intent={intent} layout="multiline" data-testid="verdict" data-verdict={verdict}>
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {next && <div>{next}</div>}
      </MessageBarBody>
    </MessageBar>
  );
}
