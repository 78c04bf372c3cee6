// The checklist: problems grouped by form, errors first, each leading with its answer and a fix tag; click = go to cell.
import {
  Badge,
  Caption1,
  Subtitle2,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { ChevronRightRegular } from "@fluentui/react-icons";
import { useState, type KeyboardEvent } from "react";
import type { Lang } from "../../core";
import type { SelectCell } from "../hooks/useEvaluation";
import { cellRef } from "../format";
import { strings } from "../i18n";
import { rowButton } from "./surfaces";
import type { Problem, ProblemGroup } from "../problems";

export interface ProblemListProps {
  lang: Lang;
  groups: ProblemGroup[];
  /** Show each problem's finding code (the settings' details view). */
  showCodes?: boolean;
  onSelect: SelectCell;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  group: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    minWidth: 0,
  },
  groupTitle: { margin: 0, overflowWrap: "anywhere" },
  where: { color: tokens.colorNeutralForeground3 },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
  },
  item: {
    ...rowButton,
    display: "grid",
    gridTemplateColumns: "1fr auto",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    ":hover": { backgroundColor: tokens.colorNeutralBackground2Hover },
  },
  body: { display: "flex", flexDirection: "column", rowGap: "2px", minWidth: 0 },
  headline: { fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  detail: {
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: "anywhere",
  },
  meta: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
  },
  ref: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorBrandForeground1,
    overflowWrap: "anywhere",
  },
  go: { color: tokens.colorBrandForeground1, fontSize: "16px" },
  error: { borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorPaletteRedBorder2}` },
  warning: { borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorPaletteYellowBorder2}` },
  info: { borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorNeutralStroke1}` },
  notes: { marginTop: tokens.spacingVerticalXS },
  notesSummary: { cursor: "pointer", color: tokens.colorNeutralForeground2 },
});

function ProblemItem({
  lang,
  problem,
  showCodes,
  onSelect,
}: {
  lang: Lang;
  problem: Problem;
  showCodes: boolean;
  onSelect: SelectCell;
}) {
  const styles = useStyles();
  const t = strings[lang];
  const ref = cellRef(problem.sheet, problem.cell);
  // Enter is handled here (and its native click suppressed) so that activation does not depend
  // on the webview synthesising a click from the key press.
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key !== "Enter") return;
    event.preventDefault();
    onSelect(problem.sheet, problem.cell);
  };
  const others = problem.cells.length > 1 ? ` · ${t.moreCells(problem.cells.length)}` : "";
  return (
    <li className={styles[problem.severity]} data-severity={problem.severity}>
      <button
        type="button"
        className={styles.item}
        title={`${t.goToCell} ${ref}`}
        data-code={problem.code}
        data-cell={ref}
        data-fix={problem.fix}
        onClick={() => onSelect(problem.sheet, problem.cell)}
        onKeyDown={onKeyDown}
      >
        <span className={styles.body}>
          <span className={styles.headline}>{problem.headline[lang]}</span>
          {problem.detail && <span className={styles.detail}>{problem.detail[lang]}</span>}
          <span className={styles.meta}>
            {problem.severity !== "info" && (
              <Badge
                size="small"
                appearance="tint"
                color={problem.fix === "auto" ? "success" : "warning"}
              >
                {problem.fix === "auto" ? t.tagAuto : t.tagManual}
              </Badge>
            )}
            <span className={styles.ref}>
              {problem.cells.length > 1 ? problem.cells.join("、") : ref}
              {others}
            </span>
            {showCodes && <span className={styles.detail}>{problem.code}</span>}
          </span>
        </span>
        <ChevronRightRegular className={styles.go} aria-hidden />
      </button>
    </li>
  );
}

export function ProblemList({ lang, groups, showCodes = false, onSelect }: ProblemListProps) {
  const styles = useStyles();
  const t = strings[lang];
  // Notes never stop the printing: folded away under each form so the work to do comes first.
  const [openNotes, setOpenNotes] = useState<Record<string, boolean>>({});
  if (groups.length === 0) return null;
  return (
    <div className={styles.root} data-testid="findings">
      {groups.map((g) => {
        const work = g.problems.filter((p) => p.severity !== "info");
        const notes = g.problems.filter((p) => p.severity === "info");
        const item = (p: Problem) => (
          <ProblemItem
            key={p.key}
            lang={lang}
            problem={p}
            showCodes={showCodes}
            onSelect={onSelect}
          />
        );
        return (
          <section key={g.key} className={styles.group} data-testid="problem-group">
            <Subtitle2 as="h3" className={styles.groupTitle}>
              {g.form ? g.form.project || g.form.range : t.sheetLevel}
            </Subtitle2>
            {g.form && (
              <Caption1 className={styles.where}>{cellRef(g.form.sheet, g.form.range)}</Caption1>
            )}
            {work.length > 0 && <ul className={styles.list}>{work.map(item)}</ul>}
            {notes.length > 0 && (
              <details
                className={styles.notes}
                open={openNotes[g.key] ?? false}
                onToggle={(e) => {
                  const open = (e.currentTarget as HTMLDetailsElement).open;
                  setOpenNotes((s) => ({ ...s, [g.key]: open }));
                }}
              >
                <summary className={mergeClasses(styles.notesSummary)}>
                  {t.notes(notes.length)}
                </summary>
                {openNotes[g.key] && <ul className={styles.list}>{notes.map(item)}</ul>}
              </details>
            )}
          </section>
        );
      })}
    </div>
  );
}
