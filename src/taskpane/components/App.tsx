// The task pane: header with language switch, toolbar, errors, result line, form summaries and findings.
import {
  Button,
  FluentProvider,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Subtitle1,
  Subtitle2,
  makeStyles,
  tokens,
  webLightTheme,
  type Theme,
} from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import { useMemo, useState } from "react";
import { findingsOf, groupBySeverity, type Lang } from "../../core";
import type { WorkbookPort } from "../../excel/port";
import { useEvaluation, type LastResultSource } from "../hooks/useEvaluation";
import { strings } from "../i18n";
import { FindingsList } from "./FindingsList";
import { FormSummary } from "./FormSummary";
import { LanguageToggle } from "./LanguageToggle";
import { ResultLine } from "./ResultLine";
import { Toolbar } from "./Toolbar";

export interface AppProps {
  port: WorkbookPort;
  /** The shared-runtime store the ribbon command writes its result to. */
  lastResult?: LastResultSource;
  initialLang?: Lang;
  theme?: Theme;
}

const useStyles = makeStyles({
  provider: { minHeight: "100vh" },
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
  },
  header: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalS,
    margin: 0,
  },
  title: { margin: 0 },
  toggle: { flexShrink: 0, whiteSpace: "nowrap" },
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  sectionTitle: { margin: 0 },
});

export function App({ port, lastResult, initialLang = "zh", theme = webLightTheme }: AppProps) {
  const styles = useStyles();
  const [lang, setLang] = useState<Lang>(initialLang);
  const view = useEvaluation(port, lastResult);
  const t = strings[lang];
  const groups = useMemo(
    // Sheet-level findings first, then form by form: the order of the sheets and forms above.
    () => (view.evaluation ? groupBySeverity(findingsOf(view.evaluation)) : null),
    [view.evaluation]
  );

  return (
    <FluentProvider theme={theme} className={styles.provider}>
      <main
        className={styles.root}
        lang={lang === "zh" ? "zh-CN" : "en"}
        data-actions-finished={view.finished}
      >
        <header className={styles.header}>
          <Subtitle1 as="h1" className={styles.title}>
            {t.title}
          </Subtitle1>
          <div className={styles.toggle}>
            <LanguageToggle lang={lang} onChange={setLang} />
          </div>
        </header>
        <Toolbar
          lang={lang}
          scope={view.scope}
          busy={view.busy}
          canUndo={view.canUndo}
          onScopeChange={view.setScope}
          onAction={(action) => void view.run(action)}
        />
        {view.error && (
          <MessageBar intent="error" layout="multiline" data-testid="error">
            <MessageBarBody>
              <MessageBarTitle>{t.errorTitle}</MessageBarTitle>
              {view.error.text
                ? view.error.text[lang]
                : `${t.unexpectedError}: ${view.error.detail}`}
            </MessageBarBody>
            <MessageBarActions
              containerAction={
                <Button
                  appearance="transparent"
                  aria-label={t.dismiss}
                  icon={<DismissRegular />}
                  onClick={view.dismissError}
                />
              }
            />
          </MessageBar>
        )}
        <ResultLine
          lang={lang}
          busy={view.busy}
          result={view.result}
          fromRibbon={view.fromRibbon}
        />
        {view.evaluation && groups && (
          <>
            <section className={styles.section} aria-label={t.formsTitle}>
              <Subtitle2 as="h2" className={styles.sectionTitle}>
                {t.formsTitle}
              </Subtitle2>
              {view.evaluation.forms.length === 0 ? (
                <p>{t.noForms}</p>
              ) : (
                view.evaluation.forms.map((form) => (
                  <FormSummary key={`${form.sheet}|${form.range}`} lang={lang} form={form} />
                ))
              )}
            </section>
            <section className={styles.section} aria-label={t.findingsTitle}>
              <Subtitle2 as="h2" className={styles.sectionTitle}>
                {t.findingsTitle}
              </Subtitle2>
              <FindingsList
                lang={lang}
                groups={groups}
                onSelect={(s, c) => void view.select(s, c)}
              />
            </section>
          </>
        )}
      </main>
    </FluentProvider>
  );
}
