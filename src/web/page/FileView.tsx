// One file: the pane's verdict, problems and details, the page's actions, and a preview of each form.
import {
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Subtitle1,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import {
  ArrowDownloadRegular,
  DocumentArrowDownRegular,
  PrintRegular,
} from "@fluentui/react-icons";
import { useCallback, useEffect, useMemo, useState } from "react";
import type { Lang } from "../../core";
import { FormDetails } from "../../taskpane/components/FormDetails";
import { ProblemList } from "../../taskpane/components/ProblemList";
import { Verdict } from "../../taskpane/components/Verdict";
import { cellRef } from "../../taskpane/format";
import { useNarrow } from "../../taskpane/hooks/useNarrow";
import { fixCounts, problemGroups } from "../../taskpane/problems";
import { isWritable, type CheckedFile } from "../logic/check-file";
import { fixFile, type FixOutcome } from "../logic/fix-file";
import { previewCellId, previews } from "../logic/preview";
import { reportHtml } from "../logic/report-html";
import { pageStrings, webText } from "../logic/strings";
import { printHtml, saveFile, XLSM_TYPE, XLSX_TYPE } from "./download";
import { GridPreview } from "./GridPreview";

export interface FileViewProps {
  lang: Lang;
  file: CheckedFile;
  /** Finding codes on each problem (the settings' details view). */
  showCodes?: boolean;
}

const useStyles = makeStyles({
  root: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr)",
    gap: tokens.spacingVerticalL,
    "@media (min-width: 1000px)": {
      gridTemplateColumns: "minmax(340px, 440px) minmax(0, 1fr)",
      alignItems: "start",
    },
  },
  column: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    minWidth: 0,
  },
  title: { margin: 0, overflowWrap: "anywhere" },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  hint: { color: tokens.colorNeutralForeground3 },
  note: { margin: 0, color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  formHead: { margin: `${tokens.spacingVerticalS} 0 0`, overflowWrap: "anywhere" },
});

function FixResult({ lang, outcome }: { lang: Lang; outcome: FixOutcome }) {
  const styles = useStyles();
  const p = pageStrings[lang];
  if (outcome.kind === "refused") {
    return (
      <MessageBar intent="warning" layout="multiline" data-testid="fix-result" data-kind="refused">
        <MessageBarBody>{outcome.reason[lang]}</MessageBarBody>
      </MessageBar>
    );
  }
  const after = outcome.after.evaluation ? outcome.remaining : null;
  return (
    <MessageBar
      intent={after && after.errors === 0 ? "success" : "info"}
      layout="multiline"
      data-testid="fix-result"
      data-kind="fixed"
      data-applied={outcome.applied.length}
    >
      <MessageBarBody>
        <MessageBarTitle>
          {outcome.applied.length
            ? p.downloaded(outcome.applied.length, outcome.name)
            : p.nothingToWrite(outcome.name)}
        </MessageBarTitle>
        {after && <div>{p.afterFix(after.errors, after.warnings)}</div>}
        {outcome.recalcOnOpen && <div>{p.recalc(outcome.stale.length)}</div>}
        {outcome.unchecked.length > 0 && (
          <div>
            {p.unchecked}
            <ul className={styles.list}>
              {outcome.unchecked.map((f, i) => (
                <li key={`${f.sheet}!${f.cell}|${f.code}|${i}`}>
                  {f.sheet}!{f.cell} {f.message[lang]}
                </li>
              ))}
            </ul>
          </div>
        )}
        {outcome.skipped.length > 0 && (
          <div>
            {p.skipped}
            <ul className={styles.list}>
              {outcome.skipped.map((s) => (
                <li key={`${s.write.sheet}!${s.write.cell}`}>
                  {s.write.sheet}!{s.write.cell}
                </li>
              ))}
            </ul>
          </div>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}

export function FileView({ lang, file, showCodes = false }: FileViewProps) {
  const styles = useStyles();
  const p = pageStrings[lang];
  const narrow = useNarrow();
  const evaluation = file.evaluation;
  const groups = useMemo(() => (evaluation ? problemGroups(evaluation) : []), [evaluation]);
  const fixes = useMemo(() => fixCounts(groups), [groups]);
  const grids = useMemo(
    () => (evaluation ? previews(file.sheets, evaluation) : []),
    [file.sheets, evaluation]
  );
  const [selected, setSelected] = useState<{ sheet: string; cell: string } | null>(null);
  const [outcome, setOutcome] = useState<FixOutcome | null>(null);
  useEffect(() => {
    setSelected(null);
    setOutcome(null);
  }, [file]);

  // A problem clicked in the list: open its cell in the preview, scroll to it and focus it.
  const select = useCallback((sheet: string, cell: string) => {
    setSelected({ sheet, cell });
    requestAnimationFrame(() => {
      const el = document.getElementById(previewCellId(sheet, cell));
      if (!el) return;
      el.scrollIntoView({ block: "center", inline: "center" });
      el.focus({ preventScroll: true });
    });
  }, []);

  const download = () => {
    const result = fixFile(file);
    setOutcome(result);
    if (result.kind === "fixed") {
      saveFile(result.name, result.bytes, /\.xlsm$/i.test(result.name) ? XLSM_TYPE : XLSX_TYPE);
    }
  };
  const reportName = `${file.name.replace(/\.[^.]+$/, "")}（检查报告）.html`;

  if (file.error || !evaluation) {
    return (
      <div className={styles.column} data-testid="file-view" data-file={file.name}>
        <Subtitle1 as="h2" className={styles.title}>
          {file.name}
        </Subtitle1>
        <MessageBar
          intent="error"
          layout="multiline"
          data-testid="read-error"
          data-code={file.error?.code}
        >
          <MessageBarBody>
            <MessageBarTitle>{p.unreadable}</MessageBarTitle>
            {file.error?.message[lang]}
          </MessageBarBody>
        </MessageBar>
      </div>
    );
  }
  const hasWork = groups.some((g) => g.problems.some((pr) => pr.severity !== "info"));
  return (
    <div className={styles.root} data-testid="file-view" data-file={file.name}>
      <div className={styles.column}>
        <Subtitle1 as="h2" className={styles.title}>
          {file.name}
        </Subtitle1>
        <Verdict
          lang={lang}
          evaluation={evaluation}
          fixes={fixes}
          scope="workbook"
          onCheckWorkbook={() => undefined}
          fixAction={isWritable(file) ? p.download : null}
        />
        {file.hiddenSheets.length > 0 && (
          <p className={styles.note}>{p.hiddenSheets(file.hiddenSheets.join("、"))}</p>
        )}
        {file.failures.length > 0 && (
          <MessageBar intent="warning" layout="multiline" data-testid="failed-sheets">
            <MessageBarBody>
              {p.failedSheets}
              <ul className={styles.list}>
                {file.failures.map((f) => (
                  <li key={f.name}>{f.message[lang]}</li>
                ))}
              </ul>
            </MessageBarBody>
          </MessageBar>
        )}
        <div className={styles.actions}>
          {isWritable(file) && evaluation.forms.length > 0 && (
            <Button
              appearance="primary"
              icon={<ArrowDownloadRegular />}
              onClick={download}
              data-testid="download-fixed"
            >
              {p.download}
            </Button>
          )}
          <Button
            icon={<PrintRegular />}
            onClick={() => printHtml(reportHtml([file], lang))}
            data-testid="print-report"
          >
            {p.printReport}
          </Button>
          <Button
            icon={<DocumentArrowDownRegular />}
            onClick={() =>
              saveFile(reportName, reportHtml([file], lang), "text/html;charset=utf-8")
            }
            data-testid="download-report"
          >
            {p.downloadReport}
          </Button>
        </div>
        {isWritable(file) && evaluation.forms.length > 0 && (
          <Caption1 className={styles.hint}>{p.downloadHint}</Caption1>
        )}
        {!isWritable(file) && evaluation.forms.length > 0 && (
          <MessageBar intent="info" layout="multiline" data-testid="legacy-note">
            <MessageBarBody>{webText.fixLegacy[lang]}</MessageBarBody>
          </MessageBar>
        )}
        {outcome && <FixResult lang={lang} outcome={outcome} />}
        <ProblemList lang={lang} groups={groups} showCodes={showCodes} onSelect={select} />
        <FormDetails lang={lang} forms={evaluation.forms} defaultOpen={!hasWork} compact={narrow} />
      </div>
      {grids.length > 0 && (
        <div className={styles.column}>
          <Subtitle1 as="h2" className={styles.title}>
            {p.previewTitle}
          </Subtitle1>
          {grids.map((g) => (
            <div key={`${g.sheet}|${g.range}`} className={styles.column}>
              <Subtitle2 as="h3" className={styles.formHead}>
                {g.project || cellRef(g.sheet, g.range)}
              </Subtitle2>
              <GridPreview
                lang={lang}
                preview={g}
                selected={selected && selected.sheet === g.sheet ? selected.cell : null}
                onSelect={(sheet, cell) => setSelected(cell ? { sheet, cell } : null)}
              />
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
