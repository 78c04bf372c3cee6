// The status line: a spinner while an action runs, then the action's one-line summary.
import { Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { ActionResult } from "../../excel/port";
import type { ActionKind } from "../hooks/useEvaluation";
import { strings, type Lang } from "../i18n";
import { statusText } from "../status";

export interface ResultLineProps {
  lang: Lang;
  busy: ActionKind | null;
  result: ActionResult | null;
  fromRibbon: boolean;
}

const useStyles = makeStyles({
  root: { minHeight: tokens.lineHeightBase400 },
  source: { color: tokens.colorNeutralForeground3, marginRight: tokens.spacingHorizontalXS },
});

export function ResultLine({ lang, busy, result, fromRibbon }: ResultLineProps) {
  const styles = useStyles();
  const t = strings[lang];
  return (
    <div className={styles.root} role="status" aria-live="polite" data-testid="result-line">
      {busy !== null ? (
        <Spinner size="tiny" labelPosition="after" label={t.busy[busy]} />
      ) : result !== null ? (
        <Text>
          {fromRibbon && <span className={styles.source}>{t.fromRibbon}:</span>}
          {statusText(result)[lang]}
        </Text>
      ) : (
        <Text className={styles.source}>{t.emptyState}</Text>
      )}
    </div>
  );
}
