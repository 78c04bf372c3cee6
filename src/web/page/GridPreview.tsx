// One form's cells as an HTML table: merges as spans, problem cells marked by severity and clickable.
import {
  Button,
  Caption1,
  Subtitle2,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import type { KeyboardEvent } from "react";
import { severityWord, type Lang } from "../../core";
import { cellRef } from "../../taskpane/format";
import { shownValue } from "../../taskpane/problems";
import { previewCellId, type FormPreview, type PreviewCell } from "../logic/preview";
import { pageStrings } from "../logic/strings";

export interface GridPreviewProps {
  lang: Lang;
  preview: FormPreview;
  /** The cell whose findings are open (A1 on this preview's sheet), or null. */
  selected: string | null;
  onSelect: (sheet: string, cell: string | null) => void;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, minWidth: 0 },
  scroller: {
    overflow: "auto",
    maxHeight: "70vh",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  table: {
    borderCollapse: "collapse",
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  head: {
    position: "sticky",
    top: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    fontWeight: tokens.fontWeightRegular,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: "0 4px",
  },
  rowHead: {
    position: "sticky",
    left: 0,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: "0 4px",
    textAlign: "right",
    whiteSpace: "nowrap",
  },
  cell: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: "2px 4px",
    minWidth: "3em",
    maxWidth: "16em",
    verticalAlign: "middle",
    whiteSpace: "pre-wrap",
    overflowWrap: "anywhere",
    color: tokens.colorNeutralForeground1,
  },
  numeric: {
    textAlign: "right",
    fontVariantNumeric: "tabular-nums",
    whiteSpace: "nowrap",
    overflowWrap: "normal",
  },
  marked: {
    cursor: "pointer",
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: "-2px",
    },
  },
  error: {
    backgroundColor: tokens.colorPaletteRedBackground2,
    boxShadow: `inset 0 0 0 1px ${tokens.colorPaletteRedBorder2}`,
  },
  warning: {
    backgroundColor: tokens.colorPaletteYellowBackground2,
    boxShadow: `inset 0 0 0 1px ${tokens.colorPaletteYellowBorder2}`,
  },
  info: { boxShadow: `inset 0 0 0 1px ${tokens.colorNeutralStroke1}` },
  write: { textDecorationLine: "underline", textDecorationStyle: "dotted" },
  selected: {
    outline: `${tokens.strokeWidthThicker} solid ${tokens.colorBrandStroke1}`,
    outlineOffset: "-3px",
  },
  legend: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    color: tokens.colorNeutralForeground2,
  },
  swatch: {
    display: "inline-block",
    padding: "0 6px",
    borderRadius: tokens.borderRadiusSmall,
    fontSize: tokens.fontSizeBase200,
  },
  detail: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  detailHead: { display: "flex", alignItems: "center", justifyContent: "space-between" },
  findingLine: { margin: 0, overflowWrap: "anywhere" },
  sevError: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  sevWarning: {
    color: tokens.colorPaletteDarkOrangeForeground1,
    fontWeight: tokens.fontWeightSemibold,
  },
  sevInfo: { color: tokens.colorNeutralForeground3 },
});

function CellFindings({
  lang,
  sheet,
  cell,
  onClose,
}: {
  lang: Lang;
  sheet: string;
  cell: PreviewCell;
  onClose: () => void;
}) {
  const styles = useStyles();
  const p = pageStrings[lang];
  const sev = { error: styles.sevError, warning: styles.sevWarning, info: styles.sevInfo };
  const written = cell.write ? shownValue(cell.write.role, cell.write.value) : null;
  return (
    <div className={styles.detail} data-testid="cell-findings" data-cell={cell.cell} role="status">
      <div className={styles.detailHead}>
        <Subtitle2>{p.cellFindings(cellRef(sheet, cell.cell))}</Subtitle2>
        <Button
          appearance="subtle"
          size="small"
          icon={<DismissRegular />}
          aria-label={p.close}
          onClick={onClose}
        />
      </div>
      {cell.findings.length === 0 && !cell.held && (
        <p className={styles.findingLine}>{p.noCellFindings}</p>
      )}
      {cell.findings.map((f, i) => (
        <p key={`${f.code}|${i}`} className={styles.findingLine} data-code={f.code}>
          <span className={sev[f.severity]}>{severityWord(f.severity, lang)}</span>{" "}
          {f.message[lang]}
        </p>
      ))}
      {cell.held && (
        <p className={styles.findingLine} data-code="HELD">
          <span className={styles.sevWarning}>{severityWord("warning", lang)}</span>{" "}
          {cell.held.reason[lang]}
        </p>
      )}
      {written !== null && <Caption1>{p.willWrite(written)}</Caption1>}
    </div>
  );
}

export function GridPreview({ lang, preview, selected, onSelect }: GridPreviewProps) {
  const styles = useStyles();
  const p = pageStrings[lang];
  const open = selected
    ? (preview.rows.flatMap((r) => r.cells).find((c) => c.cell === selected) ?? null)
    : null;
  const activate = (cell: PreviewCell) => onSelect(preview.sheet, cell.cell);
  const onKeyDown = (event: KeyboardEvent<HTMLTableCellElement>, cell: PreviewCell) => {
    if (event.key !== "Enter" && event.key !== " ") return;
    event.preventDefault();
    activate(cell);
  };
  const severityClass = { error: styles.error, warning: styles.warning, info: styles.info };
  return (
    <section
      className={styles.root}
      data-testid="preview"
      data-range={preview.range}
      data-sheet={preview.sheet}
    >
      <Caption1 className={styles.legend}>
        {p.legend}
        <span className={mergeClasses(styles.swatch, styles.error)}>{p.legendError}</span>
        <span className={mergeClasses(styles.swatch, styles.warning)}>{p.legendWarning}</span>
        <span className={mergeClasses(styles.swatch, styles.info)}>{p.legendInfo}</span>
        <span className={mergeClasses(styles.swatch, styles.write)}>{p.legendWrite}</span>
      </Caption1>
      {open && (
        <CellFindings
          lang={lang}
          sheet={preview.sheet}
          cell={open}
          onClose={() => onSelect(preview.sheet, null)}
        />
      )}
      <div className={styles.scroller}>
        <table
          className={styles.table}
          aria-label={p.previewLabel(cellRef(preview.sheet, preview.range))}
        >
          <thead>
            <tr>
              <th className={styles.head} />
              {preview.columns.map((c) => (
                <th key={c} className={styles.head} scope="col">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {preview.rows.map((row) => (
              <tr key={row.row}>
                <th className={styles.rowHead} scope="row">
                  {row.row}
                </th>
                {row.cells.map((cell) => {
                  const marked = cell.severity !== null || cell.held !== null;
                  const sev = cell.severity ?? (cell.held ? "warning" : null);
                  return (
                    <td
                      key={cell.cell}
                      id={previewCellId(preview.sheet, cell.cell)}
                      rowSpan={cell.rowSpan > 1 ? cell.rowSpan : undefined}
                      colSpan={cell.colSpan > 1 ? cell.colSpan : undefined}
                      data-cell={cell.cell}
                      data-severity={sev ?? undefined}
                      data-write={cell.write ? "1" : undefined}
                      title={
                        marked
                          ? cell.findings.map((f) => f.message[lang]).join("\n") || undefined
                          : (cell.formula ?? undefined)
                      }
                      tabIndex={marked ? 0 : -1}
                      role={marked ? "button" : undefined}
                      aria-pressed={marked ? selected === cell.cell : undefined}
                      className={mergeClasses(
                        styles.cell,
                        cell.numeric && styles.numeric,
                        marked && styles.marked,
                        sev !== null && severityClass[sev],
                        cell.write !== null && styles.write,
                        selected === cell.cell && styles.selected
                      )}
                      onClick={() => activate(cell)}
                      onKeyDown={(e) => onKeyDown(e, cell)}
                    >
                      {cell.text}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
