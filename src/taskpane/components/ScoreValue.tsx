// One "entered vs computed" score pair, marked when they differ.
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { scoresDiffer } from "../format";
import { strings, type Lang } from "../i18n";

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
  const differ = scoresDiffer(entered, computed);
  return (
    <span className={mergeClasses(styles.root, differ && styles.differ)} data-differ={differ}>
      {entered ?? t.notComputed}
      {" / "}
      {computed ?? t.notComputed}
      {differ && <span className={styles.hidden}> ({t.mismatch})</span>}
    </span>
  );
}
