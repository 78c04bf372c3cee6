// Findings grouped 错误 / 警告 / 提示; each one is a button that selects its cell in Excel.
import { Badge, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { useId, type KeyboardEvent } from "react";
import { SEVERITIES, severityWord, type Finding, type Lang, type Severity } from "../../core";
import type { SelectCell } from "../hooks/useEvaluation";
import { cellRef, findingKeys } from "../format";
import { strings } from "../i18n";

export interface FindingsListProps {
  lang: Lang;
  groups: Record<Severity, Finding[]>;
  onSelect: SelectCell;
}

const BADGE_COLOR = { error: "danger", warning: "warning", info: "informative" } as const;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  heading: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    margin: 0,
  },
  list: { listStyleType: "none", margin: 0, padding: 0 },
  item: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    width: "100%",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: "none",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: "transparent",
    color: tokens.colorNeutralForeground1,
    font: "inherit",
    textAlign: "start",
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorSubtleBackgroundHover },
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: "-2px",
    },
  },
  ref: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorBrandForeground1,
  },
  error: { borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorPaletteRedBorder2}` },
  warning: { borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorPaletteYellowBorder2}` },
  info: { borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorNeutralStroke1}` },
});

export function FindingsList({ lang, groups, onSelect }: FindingsListProps) {
  const styles = useStyles();
  const t = strings[lang];
  const baseId = useId();
  if (SEVERITIES.every((s) => groups[s].length === 0)) return <p>{t.noFindings}</p>;

  // Enter is handled here (and its native click suppressed) so that activation does not depend
  // on the webview synthesising a click from the key press.
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, f: Finding) => {
    if (event.key !== "Enter") return;
    event.preventDefault();
    onSelect(f.sheet, f.cell);
  };

  return (
    <div className={styles.root} data-testid="findings">
      {SEVERITIES.filter((s) => groups[s].length > 0).map((severity) => {
        const findings = groups[severity];
        const keys = findingKeys(findings);
        const headingId = `${baseId}-${severity}`;
        return (
          <section key={severity} aria-labelledby={headingId} data-severity={severity}>
            <Subtitle2 as="h3" id={headingId} className={styles.heading}>
              {severityWord(severity, lang)}
              <Badge appearance="tint" color={BADGE_COLOR[severity]} data-testid="count">
                {findings.length}
              </Badge>
            </Subtitle2>
            <ul className={styles.list}>
              {findings.map((f, i) => {
                const ref = cellRef(f.sheet, f.cell);
                return (
                  <li key={keys[i]} className={styles[severity]}>
                    <button
                      type="button"
                      className={styles.item}
                      title={`${t.goToCell} ${ref}`}
                      data-code={f.code}
                      data-cell={ref}
                      onClick={() => onSelect(f.sheet, f.cell)}
                      onKeyDown={(e) => onKeyDown(e, f)}
                    >
                      <span className={styles.ref}>{ref}</span>
                      <span>{f.message[lang]}</span>
                    </button>
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
