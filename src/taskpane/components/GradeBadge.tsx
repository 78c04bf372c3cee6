// The grade of a form (优/良/中/差) as a badge: green when the entered grade matches the total's band.
import { Badge } from "@fluentui/react-components";
import type { ScoreReport } from "../../core/report/types";
import { gradeLabel, strings, type Lang } from "../i18n";

export interface GradeBadgeProps {
  lang: Lang;
  grade: ScoreReport | null;
  computedGrade: string | null;
}

export function GradeBadge({ lang, grade, computedGrade }: GradeBadgeProps) {
  const t = strings[lang];
  const entered = grade?.entered ?? null;
  const computed = grade?.computed ?? computedGrade;
  const shown = computed ?? entered;
  if (shown === null) return <span>{t.notComputed}</span>;
  const differ = grade !== null && entered !== computed;
  const label = differ
    ? `${t.entered} ${entered ? gradeLabel(entered, lang) : t.notComputed} · ${t.computed} ${computed ? gradeLabel(computed, lang) : t.notComputed}`
    : gradeLabel(shown, lang);
  return (
    <Badge
      appearance={differ ? "outline" : "filled"}
      color={differ ? "danger" : "success"}
      data-testid="grade-badge"
    >
      {label}
    </Badge>
  );
}
