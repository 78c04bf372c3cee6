// The indicator rows of one form: a table on a wide pane, stacked rows below about 400 px.
import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import {
  asDecimal,
  compareScore,
  formatNumber,
  methodWord,
  type IndicatorReport,
  type Lang,
} from "../../core";
import { strings } from "../i18n";
import { ScoreValue } from "./ScoreValue";

export interface IndicatorTableProps {
  lang: Lang;
  sheet: string;
  indicators: IndicatorReport[];
  /** Stacked rows instead of columns (the pane is narrow). */
  compact?: boolean;
}

const useStyles = makeStyles({
  table: { tableLayout: "fixed", width: "100%" },
  name: {
    display: "flex",
    flexDirection: "column",
    paddingBlock: tokens.spacingVerticalXXS,
    overflowWrap: "anywhere",
  },
  detail: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  breakdown: { paddingLeft: tokens.spacingHorizontalL },
  head: { whiteSpace: "normal", lineHeight: tokens.lineHeightBase200 },
  narrow: { width: "3.5em" },
  method: { width: "5.5em" },
  scores: { width: "6.5em" },
  stack: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column" },
  stackRow: {
    display: "flex",
    flexDirection: "column",
    rowGap: "2px",
    padding: `${tokens.spacingVerticalXS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    overflowWrap: "anywhere",
  },
  stackName: { fontWeight: tokens.fontWeightSemibold },
  line: { fontVariantNumeric: "tabular-nums" },
  // Lost points are marked in the pane's warning colour, a blank score in the error colour: both
  // with a word as well, never by colour alone.
  deducted: { color: tokens.colorPaletteDarkOrangeForeground1 },
  differs: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  missing: { color: tokens.colorPaletteRedForeground1, fontStyle: "italic" },
});

/** "lost points" when a computed score is below the weight (the form did not reach full marks). */
function deducted(ind: IndicatorReport): boolean {
  if (ind.computed === null || ind.weight === null) return false;
  const [score, weight] = [asDecimal(ind.computed), asDecimal(ind.weight)];
  return score !== null && weight !== null && compareScore(ind.computed, ind.weight) === "differs"
    ? score.lessThan(weight)
    : false;
}

function CompactRows({ lang, sheet, indicators }: IndicatorTableProps) {
  const styles = useStyles();
  const t = strings[lang];
  const dash = t.notComputed;
  return (
    <ul className={styles.stack} aria-label={t.indicatorTableLabel} data-testid="indicator-rows">
      {indicators.map((ind) => {
        const state = compareScore(ind.entered, ind.computed);
        const entered = formatNumber(ind.entered) ?? t.missing;
        const computed = formatNumber(ind.computed) ?? dash;
        return (
          <li
            key={`${sheet}|${ind.cell}`}
            data-cell={ind.cell}
            data-state={state}
            className={mergeClasses(styles.stackRow, ind.breakdown && styles.breakdown)}
          >
            <span className={styles.stackName}>
              {ind.breakdown ? `${t.breakdown}：` : ""}
              {ind.name}
            </span>
            <span className={styles.detail}>
              {ind.target} → {ind.actual} · {methodWord(ind.method, lang)}
            </span>
            {!ind.breakdown && (
              <span
                className={mergeClasses(
                  styles.line,
                  state === "differs" && styles.differs,
                  state === "missing" && styles.missing
                )}
              >
                {t.compactLine(formatNumber(ind.weight) ?? dash, entered, computed)}
                {deducted(ind) && <span className={styles.deducted}> · {t.deducted}</span>}
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}

export function IndicatorTable(props: IndicatorTableProps) {
  const { lang, sheet, indicators, compact = false } = props;
  const styles = useStyles();
  const t = strings[lang];
  if (compact) return <CompactRows {...props} />;
  return (
    <Table size="extra-small" aria-label={t.indicatorTableLabel} className={styles.table}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell className={styles.head}>{t.indicator}</TableHeaderCell>
          <TableHeaderCell className={mergeClasses(styles.head, styles.narrow)}>
            {t.weight}
          </TableHeaderCell>
          <TableHeaderCell className={mergeClasses(styles.head, styles.method)}>
            {t.method}
          </TableHeaderCell>
          <TableHeaderCell className={mergeClasses(styles.head, styles.scores)}>
            {t.entered} / {t.computed}
          </TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {indicators.map((ind) => (
          <TableRow key={`${sheet}|${ind.cell}`} data-cell={ind.cell}>
            <TableCell>
              <div className={mergeClasses(styles.name, ind.breakdown && styles.breakdown)}>
                <span>
                  {ind.breakdown ? `${t.breakdown}：` : ""}
                  {ind.name}
                </span>
                <span className={styles.detail}>
                  {ind.target} → {ind.actual}
                </span>
              </div>
            </TableCell>
            <TableCell>{formatNumber(ind.weight) ?? t.notComputed}</TableCell>
            <TableCell>{methodWord(ind.method, lang)}</TableCell>
            <TableCell>
              {ind.breakdown ? (
                t.notComputed
              ) : (
                <>
                  <ScoreValue lang={lang} entered={ind.entered} computed={ind.computed} />
                  {deducted(ind) && <div className={styles.deducted}>{t.deducted}</div>}
                </>
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
