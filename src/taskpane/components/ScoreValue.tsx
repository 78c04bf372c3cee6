// One "entered vs computed" score pair, marked when they differ at form precision (the kit's one rule).
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { compareScore, formatNumber, type Lang } from "../../core";
import { strings } from "../i18n";

export interface ScoreValueProps {
  lang: Lang;
  entered: string | null;
  computed: string | null;
}

const useStyles = makeStyles({
  root: { fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
  differ: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clipPath: "inset(50%)",
    whiteSpace: "nowrap",
  },
});

export function ScoreValue({ lang, entered, computed }: ScoreValueProps) {
  const styles = useStyles();
  const t = strings[lang];
  // A blank entry is "missing" (its finding says so), not marked as a wrong value.
  const state = compareScore(entered, computed);
  const differ = state === "differs";
  return (
    <span
      className={mergeClasses(styles.root, differ && styles.differ)}
      data-differ={differ}
      data-state={state}
    >
      {formatNumber(entered) ?? t.notComputed}
      {" / "}
      {formatNumber(computed) ?? t.notComputed}
      {differ && <span className={styles.hidden}> ({t.mismatch})</span>}
    </span>
  );
}
