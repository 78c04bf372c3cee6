// The grade of a form (优/良/中/差) as a badge: green when the entered grade matches the total's band.
import { Badge, makeStyles } from "@fluentui/react-components";
import {
  compareScore,
  gradeWord,
  type Lang,
  type ScoreComparison,
  type ScoreReport,
} from "../../core";
import { strings } from "../i18n";

export interface GradeBadgeProps {
  lang: Lang;
  grade: ScoreReport | null;
  computedGrade: string | null;
}

// A wrong grade is an error (GRADE_MISMATCH), a blank one a warning (GRADE_MISSING); without a
// computed grade there is nothing to judge.
const COLOR = {
  same: "success",
  differs: "danger",
  missing: "warning",
  uncomputed: "informative",
} as const satisfies Record<ScoreComparison, string>;

// A mismatch reads "填报 良 · 计算 优": allowed to wrap on a narrow pane rather than cut.
const useStyles = makeStyles({
  badge: { whiteSpace: "normal", height: "auto", textAlign: "start", overflowWrap: "anywhere" },
});

export function GradeBadge({ lang, grade, computedGrade }: GradeBadgeProps) {
  const styles = useStyles();
  const t = strings[lang];
  const entered = grade?.entered ?? null;
  const computed = grade?.computed ?? computedGrade;
  const shown = computed ?? entered;
  if (shown === null) return <span>{t.notComputed}</span>;
  // Without a grade cell there is no entered grade to compare: the computed one is shown as it is.
  const state = grade === null ? "same" : compareScore(entered, computed);
  const word = (g: string | null) => (g ? gradeWord(g, lang) : t.notComputed);
  const label =
    state === "same"
      ? word(shown)
      : `${t.entered} ${word(entered)} · ${t.computed} ${word(computed)}`;
  return (
    <Badge
      className={styles.badge}
      appearance={state === "same" ? "filled" : "outline"}
      color={COLOR[state]}
      data-testid="grade-badge"
      data-state={state}
    >
      {label}
    </Badge>
  );
}
