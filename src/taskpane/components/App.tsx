// The task pane as a checklist: scope and actions, then the verdict, the changes, the problems, the details.
import {
  Button,
  FluentProvider,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Text,
  makeStyles,
  tokens,
  webLightTheme,
  type Theme,
} from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import { useCallback, useEffect, useMemo, useState } from "react";
import type { Lang } from "../../core";
import type { WorkbookPort } from "../../excel/port";
import { useEvaluation, type LastResultSource, type PaneError } from "../hooks/useEvaluation";
import { useNarrow } from "../hooks/useNarrow";
import { strings } from "../i18n";
import { fixCounts, problemGroups } from "../problems";
import { DEFAULT_SETTINGS, evaluateOptions, parseSettings, type PaneSettings } from "../settings";
import { ChangeList } from "./ChangeList";
import { FeatureNotice } from "./FeatureNotice";
import { FormDetails } from "./FormDetails";
import { LanguageToggle } from "./LanguageToggle";
import { MarksBanner, StaleBar } from "./Notices";
import { ProblemList } from "./ProblemList";
import { ResultLine } from "./ResultLine";
import { SettingsPanel } from "./SettingsPanel";
import { Toolbar } from "./Toolbar";
import { Verdict } from "./Verdict";

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
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    minWidth: 0,
    overflowWrap: "anywhere",
  },
  toggle: { flexShrink: 0, whiteSpace: "nowrap", marginLeft: "auto" },
  note: { color: tokens.colorNeutralForeground2 },
});

function ErrorBar({
  lang,
  error,
  busy,
  onDismiss,
  onRestoreOthers,
}: {
  lang: Lang;
  error: PaneError;
  busy: boolean;
  onDismiss: () => void;
  onRestoreOthers: () => void;
}) {
  const t = strings[lang];
  const r = error.refusal;
  const restorable = r?.kind === "undoCellsChanged" ? r.restorable : 0;
  return (
    <MessageBar intent="error" layout="multiline" data-testid="error" data-code={error.code}>
      <MessageBarBody>
        <MessageBarTitle>{t.errorTitle}</MessageBarTitle>
        {error.text ? error.text[lang] : `${t.unexpectedError}: ${error.detail}`}
      </MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button
            appearance="transparent"
            aria-label={t.dismiss}
            icon={<DismissRegular />}
            onClick={onDismiss}
          />
        }
      >
        {restorable > 0 && (
          <Button size="small" disabled={busy} onClick={onRestoreOthers}>
            {t.restoreOthers(restorable)}
          </Button>
        )}
      </MessageBarActions>
    </MessageBar>
  );
}

/** Settings from the workbook when the port keeps them; saved back on every change. */
function usePaneSettings(port: WorkbookPort): [PaneSettings, (next: PaneSettings) => void] {
  const [settings, setSettings] = useState<PaneSettings>(DEFAULT_SETTINGS);
  useEffect(() => {
    let live = true;
    void port
      .loadSettings?.()
      .then((saved) => {
        if (live && saved !== null && saved !== undefined) setSettings(parseSettings(saved));
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [port]);
  const update = useCallback(
    (next: PaneSettings) => {
      setSettings(next);
      // A read-only workbook cannot keep them: the pane still uses them for this session.
      void port.saveSettings?.(next).catch(() => undefined);
    },
    [port]
  );
  return [settings, update];
}

export function App({ port, lastResult, initialLang = "zh", theme = webLightTheme }: AppProps) {
  const styles = useStyles();
  const [lang, setLang] = useState<Lang>(initialLang);
  const [settings, setSettings] = usePaneSettings(port);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const options = useMemo(() => evaluateOptions(settings), [settings]);
  const view = useEvaluation(port, lastResult, { options, mark: settings.mark });
  const narrow = useNarrow();
  const groups = useMemo(
    () => (view.evaluation ? problemGroups(view.evaluation) : []),
    [view.evaluation]
  );
  const fixes = useMemo(() => fixCounts(groups), [groups]);
  const hasWork = groups.some((g) => g.problems.some((p) => p.severity !== "info"));
  const select = (sheet: string, cell: string) => void view.select(sheet, cell);
  const working = view.busy !== null;
  const changes = view.result?.action === "recompute" && !view.stale ? view.result.changes : [];
  const missing = useMemo(() => port.missingFeatures?.() ?? [], [port]);

  return (
    <FluentProvider theme={theme} className={styles.provider}>
      <main
        className={styles.root}
        lang={lang === "zh" ? "zh-CN" : "en"}
        data-actions-finished={view.finished}
        data-narrow={narrow}
      >
        <Toolbar
          lang={lang}
          scope={view.scope}
          busy={view.busy}
          canUndo={view.canUndo}
          mark={settings.mark}
          settingsOpen={settingsOpen}
          onScopeChange={view.setScope}
          onAction={(action) => void view.run(action)}
          onMarkChange={(mark) => setSettings({ ...settings, mark })}
          onSettings={() => setSettingsOpen((open) => !open)}
          end={
            <div className={styles.toggle}>
              <LanguageToggle lang={lang} onChange={setLang} />
            </div>
          }
        />
        {/* Before a check it is the first thing to know; after one, the problems come first. */}
        {!view.evaluation && <FeatureNotice lang={lang} missing={missing} />}
        {settingsOpen && (
          <SettingsPanel
            lang={lang}
            settings={settings}
            onChange={setSettings}
            onClose={() => setSettingsOpen(false)}
          />
        )}
        {view.error && (
          <ErrorBar
            lang={lang}
            error={view.error}
            busy={working}
            onDismiss={view.dismissError}
            onRestoreOthers={() => void view.run("undo", "unchanged")}
          />
        )}
        {view.stale && (
          <StaleBar lang={lang} busy={working} onRecheck={() => void view.run("check")} />
        )}
        {view.evaluation && !working && (
          <Verdict
            lang={lang}
            evaluation={view.evaluation}
            fixes={fixes}
            scope={view.scope}
            onCheckWorkbook={() => {
              view.setScope("workbook");
              void view.run("check", "all", "workbook");
            }}
          />
        )}
        {view.note && <Text className={styles.note}>{view.note[lang]}</Text>}
        <ResultLine
          lang={lang}
          busy={view.busy}
          result={view.result}
          fromRibbon={view.fromRibbon}
        />
        {view.marked > 0 && (
          <MarksBanner
            lang={lang}
            marked={view.marked}
            busy={working}
            onClear={() => void view.run("clear")}
          />
        )}
        {changes.length > 0 && <ChangeList lang={lang} changes={changes} onSelect={select} />}
        {view.evaluation && (
          <>
            <ProblemList
              lang={lang}
              groups={groups}
              showCodes={settings.showCodes}
              onSelect={select}
            />
            <FormDetails
              lang={lang}
              forms={view.evaluation.forms}
              defaultOpen={!hasWork}
              compact={narrow}
            />
            <FeatureNotice lang={lang} missing={missing} />
          </>
        )}
      </main>
    </FluentProvider>
  );
}
