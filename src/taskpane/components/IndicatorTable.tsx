// The indicator rows of one form: weight, scoring method, entered and computed scores.
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
import { formatNumber, methodWord, type IndicatorReport, type Lang } from "../../core";
import { strings } from "../i18n";
import { ScoreValue } from "./ScoreValue";

export interface IndicatorTableProps {
  lang: Lang;
  sheet: string;
  indicators: IndicatorReport[];
}

const useStyles = makeStyles({
  name: { display: "flex", flexDirection: "column", paddingBlock: tokens.spacingVerticalXXS },
  detail: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  breakdown: { paddingLeft: tokens.spacingHorizontalL },
  narrow: { width: "3em" },
  method: { width: "4.5em" },
  scores: { width: "6em" },
});

export function IndicatorTable({ lang, sheet, indicators }: IndicatorTableProps) {
  const styles = useStyles();
  const t = strings[lang];
  return (
    <Table size="extra-small" aria-label={t.indicatorTableLabel}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{t.indicator}</TableHeaderCell>
          <TableHeaderCell className={styles.narrow}>{t.weight}</TableHeaderCell>
          <TableHeaderCell className={styles.method}>{t.method}</TableHeaderCell>
          <TableHeaderCell className={styles.scores}>
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
                <ScoreValue lang={lang} entered={ind.entered} computed={ind.computed} />
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
