// One form's summary: project, budget execution and score, indicator table, total and grade.
import { Caption1, Subtitle2, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { formatMoney, formatNumber, formatPercent, type FormReport, type Lang } from "../../core";
import { cellRef } from "../format";
import { strings } from "../i18n";
import { card } from "./surfaces";
import { GradeBadge } from "./GradeBadge";
import { IndicatorTable } from "./IndicatorTable";
import { ScoreValue } from "./ScoreValue";

export interface FormSummaryProps {
  lang: Lang;
  form: FormReport;
  /** Narrow pane: the indicators as stacked rows. */
  compact?: boolean;
}

const useStyles = makeStyles({
  root: card,
  where: { color: tokens.colorNeutralForeground3 },
  facts: {
    display: "grid",
    // Terms wrap, values (scores kept on one line) take what they need, so nothing is cut at 180 px.
    gridTemplateColumns: "minmax(0, 1fr) max-content",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
  },
  // Narrow pane: each value under its term, so a long value (a grade mismatch) wraps instead of
  // pushing the pane wider.
  stacked: { gridTemplateColumns: "minmax(0, 1fr)" },
  term: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  title: { overflowWrap: "anywhere" },
  value: { margin: 0, fontVariantNumeric: "tabular-nums", textAlign: "end" },
  valueStacked: { textAlign: "start", marginBottom: tokens.spacingVerticalXS },
});

export function FormSummary({ lang, form, compact = false }: FormSummaryProps) {
  const styles = useStyles();
  const t = strings[lang];
  const { budget, total } = form;
  const dash = t.notComputed;
  return (
    <section
      className={styles.root}
      aria-label={form.project || form.range}
      data-testid="form-summary"
    >
      <div>
        <Subtitle2 as="h3" className={styles.title}>
          {form.project || dash}
        </Subtitle2>
        <div>
          <Caption1 className={styles.where}>
            {cellRef(form.sheet, form.range)}
            {form.year !== null ? ` · ${form.year}` : ""}
          </Caption1>
        </div>
      </div>
      <dl className={mergeClasses(styles.facts, compact && styles.stacked)}>
        <dt className={styles.term}>{t.planned}</dt>
        <dd className={mergeClasses(styles.value, compact && styles.valueStacked)}>
          {formatMoney(budget.planned) ?? dash}
        </dd>
        <dt className={styles.term}>{t.executed}</dt>
        <dd className={mergeClasses(styles.value, compact && styles.valueStacked)}>
          {formatMoney(budget.executed) ?? dash}
        </dd>
        <dt className={styles.term}>{t.rate}</dt>
        <dd className={mergeClasses(styles.value, compact && styles.valueStacked)}>
          {formatPercent(budget.rate) ?? dash}
        </dd>
        <dt className={styles.term}>
          {t.budgetScore} ({t.weight} {formatNumber(budget.weight) ?? dash})
        </dt>
        <dd
          className={mergeClasses(styles.value, compact && styles.valueStacked)}
          data-testid="budget-score"
        >
          <ScoreValue lang={lang} entered={budget.entered} computed={budget.computed} />
        </dd>
      </dl>
      <IndicatorTable
        lang={lang}
        sheet={form.sheet}
        indicators={form.indicators}
        compact={compact}
      />
      <dl className={mergeClasses(styles.facts, compact && styles.stacked)}>
        <dt className={styles.term}>{t.total}</dt>
        <dd
          className={mergeClasses(styles.value, compact && styles.valueStacked)}
          data-testid="total-score"
        >
          <ScoreValue lang={lang} entered={total.entered} computed={total.computed} />
        </dd>
        <dt className={styles.term}>{t.grade}</dt>
        <dd className={mergeClasses(styles.value, compact && styles.valueStacked)}>
          <GradeBadge lang={lang} grade={form.grade} computedGrade={form.computedGrade} />
        </dd>
      </dl>
    </section>
  );
}
