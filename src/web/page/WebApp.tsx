// The offline checker page: header (language, theme), drop zone, the batch table, the open file's view.
import {
  Button,
  Caption1,
  FluentProvider,
  ProgressBar,
  Subtitle2,
  Title2,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import {
  ArrowLeftRegular,
  DeleteRegular,
  PrintRegular,
  SettingsRegular,
  ShieldLockRegular,
  WeatherMoonRegular,
  WeatherSunnyRegular,
} from "@fluentui/react-icons";
import { useEffect, useMemo, useState } from "react";
import type { Lang } from "../../core";
import { LanguageToggle } from "../../taskpane/components/LanguageToggle";
import { SettingsPanel } from "../../taskpane/components/SettingsPanel";
import { DEFAULT_SETTINGS, evaluateOptions, type PaneSettings } from "../../taskpane/settings";
import { batchRow } from "../logic/batch";
import { reportHtml } from "../logic/report-html";
import { pageStrings } from "../logic/strings";
import { BatchTable } from "./BatchTable";
import { printHtml } from "./download";
import { DropZone } from "./DropZone";
import { FileView } from "./FileView";
import { useFiles } from "./useFiles";

export type ThemeMode = "light" | "dark";

export interface WebAppProps {
  initialLang: Lang;
  /** The system's colour scheme when the page opened; followed until the clerk picks one. */
  initialTheme: ThemeMode;
  /** Subscribes to the system's scheme; returns the unsubscribe. */
  watchScheme?: (onChange: (mode: ThemeMode) => void) => () => void;
}

const useStyles = makeStyles({
  provider: { minHeight: "100vh", backgroundColor: tokens.colorNeutralBackground1 },
  main: {
    boxSizing: "border-box",
    maxWidth: "1600px",
    margin: "0 auto",
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalL,
    minWidth: 0,
    overflowWrap: "anywhere",
    "@media (max-width: 480px)": {
      padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    },
  },
  header: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalM,
  },
  titles: { display: "flex", flexDirection: "column", flexGrow: 1, minWidth: "12em" },
  title: { margin: 0 },
  tools: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  privacy: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    color: tokens.colorNeutralForeground2,
  },
  progress: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  bar: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
});

export function WebApp({ initialLang, initialTheme, watchScheme }: WebAppProps) {
  const styles = useStyles();
  const [lang, setLang] = useState<Lang>(initialLang);
  const [theme, setTheme] = useState<ThemeMode>(initialTheme);
  const [themeChosen, setThemeChosen] = useState(false);
  const [settings, setSettings] = useState<PaneSettings>(DEFAULT_SETTINGS);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const options = useMemo(() => evaluateOptions(settings) ?? {}, [settings]);
  const { files, pending, done, add, clear } = useFiles(options);
  const [open, setOpen] = useState<number | null>(null);
  const p = pageStrings[lang];

  useEffect(() => {
    if (themeChosen || !watchScheme) return undefined;
    return watchScheme(setTheme);
  }, [themeChosen, watchScheme]);
  useEffect(() => {
    document.documentElement.lang = lang === "zh" ? "zh-CN" : "en";
    document.title = p.title;
  }, [lang, p.title]);

  // A file dropped anywhere on the page is checked, not opened by the browser in place of the page.
  useEffect(() => {
    const over = (e: DragEvent) => e.preventDefault();
    const drop = (e: DragEvent) => {
      e.preventDefault();
      const list = Array.from(e.dataTransfer?.files ?? []);
      if (list.length) void add(list);
    };
    document.addEventListener("dragover", over);
    document.addEventListener("drop", drop);
    return () => {
      document.removeEventListener("dragover", over);
      document.removeEventListener("drop", drop);
    };
  }, [add]);

  const rows = useMemo(() => files.map(batchRow), [files]);
  const batch = files.length > 1;
  // One file: its view at once. Many: the table, and the view of the row opened.
  const shown = batch ? (open !== null ? files[open] : null) : (files[0] ?? null);
  const busy = pending > 0;

  return (
    <FluentProvider
      theme={theme === "dark" ? webDarkTheme : webLightTheme}
      className={styles.provider}
    >
      <main
        className={styles.main}
        lang={lang === "zh" ? "zh-CN" : "en"}
        data-theme={theme}
        data-busy={busy}
        data-files={files.length}
      >
        <header className={styles.header}>
          <div className={styles.titles}>
            <Title2 as="h1" className={styles.title}>
              {p.title}
            </Title2>
            <Caption1>{p.subtitle}</Caption1>
          </div>
          <div className={styles.tools}>
            <Button
              appearance="subtle"
              size="small"
              icon={theme === "dark" ? <WeatherSunnyRegular /> : <WeatherMoonRegular />}
              aria-label={p.themeLabel}
              data-testid="theme-toggle"
              onClick={() => {
                setThemeChosen(true);
                setTheme(theme === "dark" ? "light" : "dark");
              }}
            >
              {theme === "dark" ? p.themeLight : p.themeDark}
            </Button>
            <Button
              appearance="subtle"
              size="small"
              icon={<SettingsRegular />}
              aria-expanded={settingsOpen}
              data-testid="settings-toggle"
              onClick={() => setSettingsOpen((o) => !o)}
            >
              {p.settings}
            </Button>
            <LanguageToggle lang={lang} onChange={setLang} />
          </div>
        </header>
        {settingsOpen && (
          <SettingsPanel
            lang={lang}
            settings={settings}
            onChange={setSettings}
            onClose={() => setSettingsOpen(false)}
            title={p.settingsTitle}
            note={p.settingsNote}
          />
        )}
        <Caption1 className={styles.privacy}>
          <ShieldLockRegular aria-hidden />
          {p.privacy}
        </Caption1>
        <DropZone
          lang={lang}
          busy={busy}
          onFiles={(list) => {
            if (!batch && files.length === 1) setOpen(null);
            void add(list);
          }}
        />
        {busy && (
          <div className={styles.progress} data-testid="progress">
            <Subtitle2>{p.reading(Math.min(done + 1, pending), pending)}</Subtitle2>
            <ProgressBar value={done / pending} thickness="large" />
          </div>
        )}
        {batch && (
          <>
            <div className={styles.bar}>
              <Button
                size="small"
                icon={<PrintRegular />}
                onClick={() => printHtml(reportHtml(files, lang))}
                data-testid="print-batch"
              >
                {p.printReport}
              </Button>
              <Button
                size="small"
                appearance="subtle"
                icon={<DeleteRegular />}
                onClick={() => {
                  setOpen(null);
                  clear();
                }}
                data-testid="clear-files"
              >
                {p.clearList}
              </Button>
            </div>
            <BatchTable lang={lang} rows={rows} selected={open} onOpen={setOpen} />
          </>
        )}
        {batch && shown && (
          <div>
            <Button
              appearance="subtle"
              icon={<ArrowLeftRegular />}
              onClick={() => setOpen(null)}
              data-testid="back"
            >
              {p.back}
            </Button>
          </div>
        )}
        {shown && <FileView lang={lang} file={shown} showCodes={settings.showCodes} />}
      </main>
    </FluentProvider>
  );
}
