// The bars above the results: marks to clear before printing, results gone stale after an edit.
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import type { Lang } from "../../core";
import { strings } from "../i18n";

export interface MarksBannerProps {
  lang: Lang;
  marked: number;
  busy: boolean;
  onClear: () => void;
}

/** Fills print: while any of our marks is on the workbook, say so and offer to clear them. */
export function MarksBanner({ lang, marked, busy, onClear }: MarksBannerProps) {
  const t = strings[lang];
  return (
    <MessageBar intent="info" layout="multiline" data-testid="marks-banner">
      <MessageBarBody>{t.marksBanner(marked)}</MessageBarBody>
      <MessageBarActions>
        <Button size="small" disabled={busy} onClick={onClear}>
          {t.clearNow}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}

export interface StaleBarProps {
  lang: Lang;
  busy: boolean;
  onRecheck: () => void;
}

export function StaleBar({ lang, busy, onRecheck }: StaleBarProps) {
  const t = strings[lang];
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="stale">
      <MessageBarBody>
        <MessageBarTitle>{t.staleTitle}</MessageBarTitle>
        {t.staleBody}
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" appearance="primary" disabled={busy} onClick={onRecheck}>
          {t.recheck}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
