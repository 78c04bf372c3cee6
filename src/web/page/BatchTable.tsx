// Many files: one row per file (forms, errors / warnings, grade entered → computed), each opening its view.
import { Button, Subtitle1, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { ChevronRightRegular } from "@fluentui/react-icons";
import { gradeWord, type Lang } from "../../core";
import { strings } from "../../taskpane/i18n";
import type { BatchRow } from "../logic/batch";
import { pageStrings } from "../logic/strings";

export interface BatchTableProps {
  lang: Lang;
  rows: BatchRow[];
  selected: number | null;
  onOpen: (index: number) => void;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, minWidth: 0 },
  scroller: { overflowX: "auto" },
  table: { borderCollapse: "collapse", width: "100%", fontSize: tokens.fontSizeBase300 },
  th: {
    textAlign: "start",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
    color: tokens.colorNeutralForeground2,
    fontWeight: tokens.fontWeightSemibold,
    whiteSpace: "nowrap",
  },
  td: {
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    verticalAlign: "top",
  },
  num: { textAlign: "end", fontVariantNumeric: "tabular-nums" },
  name: { overflowWrap: "anywhere", minWidth: "10em" },
  why: {
    color: tokens.colorPaletteRedForeground1,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: "anywhere",
  },
  errors: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  current: { backgroundColor: tokens.colorNeutralBackground1Selected },
  fail: { color: tokens.colorPaletteRedForeground1 },
  warn: { color: tokens.colorPaletteDarkOrangeForeground1 },
  pass: { color: tokens.colorPaletteGreenForeground1 },
  muted: { color: tokens.colorNeutralForeground3 },
});

function statusWord(row: BatchRow, lang: Lang): string {
  const p = pageStrings[lang];
  const t = strings[lang];
  switch (row.status) {
    case "unreadable":
      return p.unreadable;
    case "none":
      return p.noForm;
    case "fail":
      return t.verdictFail(row.errors);
    case "warn":
      return t.verdictPassWarnings(row.warnings);
    default:
      return t.verdictPass;
  }
}

export function BatchTable({ lang, rows, selected, onOpen }: BatchTableProps) {
  const styles = useStyles();
  const p = pageStrings[lang];
  const tone = {
    fail: styles.fail,
    warn: styles.warn,
    pass: styles.pass,
    none: styles.muted,
    unreadable: styles.fail,
  };
  return (
    <section className={styles.root} data-testid="batch">
      <Subtitle1 as="h2">{p.batchTitle(rows.length)}</Subtitle1>
      <div className={styles.scroller}>
        <table className={styles.table} data-testid="batch-table">
          <thead>
            <tr>
              <th className={styles.th} scope="col">
                {p.colFile}
              </th>
              <th className={mergeClasses(styles.th, styles.num)} scope="col">
                {p.colForms}
              </th>
              <th className={mergeClasses(styles.th, styles.num)} scope="col">
                {p.colErrors}
              </th>
              <th className={mergeClasses(styles.th, styles.num)} scope="col">
                {p.colWarnings}
              </th>
              <th className={styles.th} scope="col">
                {p.colGrade}
              </th>
              <th className={styles.th} scope="col">
                {p.colStatus}
              </th>
              <th className={styles.th} />
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr
                key={`${r.name}|${i}`}
                className={mergeClasses(selected === i && styles.current)}
                data-testid="batch-row"
                data-file={r.name}
                data-status={r.status}
                data-errors={r.errors}
                data-warnings={r.warnings}
              >
                <td className={mergeClasses(styles.td, styles.name)}>
                  {r.name}
                  {r.error && <div className={styles.why}>{r.error[lang]}</div>}
                </td>
                <td className={mergeClasses(styles.td, styles.num)}>{r.forms}</td>
                <td className={mergeClasses(styles.td, styles.num, r.errors > 0 && styles.errors)}>
                  {r.errors}
                </td>
                <td className={mergeClasses(styles.td, styles.num)}>{r.warnings}</td>
                <td className={styles.td}>
                  {r.grades.map((g, k) => (
                    <div key={k}>
                      {g.entered ? gradeWord(g.entered, lang) : "—"} →{" "}
                      {g.computed ? gradeWord(g.computed, lang) : "—"}
                    </div>
                  ))}
                </td>
                <td className={mergeClasses(styles.td, tone[r.status])}>{statusWord(r, lang)}</td>
                <td className={styles.td}>
                  <Button
                    size="small"
                    icon={<ChevronRightRegular />}
                    iconPosition="after"
                    onClick={() => onOpen(i)}
                    data-testid="open-file"
                  >
                    {p.open}
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
