// After 重新计算并写入: every cell written, 原值 → 新值, each a button that selects the cell.
import { Caption1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { CheckmarkRegular } from "@fluentui/react-icons";
import type { Lang } from "../../core";
import type { CellChange } from "../../excel/port";
import type { SelectCell } from "../hooks/useEvaluation";
import { cellRef } from "../format";
import { strings } from "../i18n";
import { rowButton } from "./surfaces";
import { shownValue } from "../problems";

export interface ChangeListProps {
  lang: Lang;
  changes: CellChange[];
  onSelect: SelectCell;
}

const ROLE = {
  rate: { zh: "执行率", en: "rate" },
  balance: { zh: "结转结余", en: "balance" },
  budgetScore: { zh: "预算执行率得分", en: "budget score" },
  indicatorScore: { zh: "指标得分", en: "indicator score" },
  total: { zh: "总分", en: "total" },
  grade: { zh: "等级", en: "grade" },
} as const;

const useStyles = makeStyles({
  // Written cells are told apart from problems by a green edge and a check mark, never red/yellow.
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalS,
    borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorPaletteGreenBorder2}`,
    backgroundColor: tokens.colorPaletteGreenBackground1,
    borderRadius: tokens.borderRadiusMedium,
  },
  title: {
    margin: 0,
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalXS,
  },
  hint: { color: tokens.colorNeutralForeground2 },
  list: { listStyleType: "none", margin: 0, padding: 0 },
  row: {
    ...rowButton,
    display: "flex",
    flexWrap: "wrap",
    alignItems: "baseline",
    columnGap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: "transparent",
    ":hover": { backgroundColor: tokens.colorSubtleBackgroundHover },
  },
  ref: { fontFamily: tokens.fontFamilyMonospace, color: tokens.colorBrandForeground1 },
  role: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  values: { fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
  old: { color: tokens.colorNeutralForeground3, textDecorationLine: "line-through" },
  fresh: { fontWeight: tokens.fontWeightSemibold },
});

export function ChangeList({ lang, changes, onSelect }: ChangeListProps) {
  const styles = useStyles();
  const t = strings[lang];
  return (
    <section
      className={styles.root}
      data-testid="changes"
      aria-label={t.changesTitle(changes.length)}
    >
      <Subtitle2 as="h2" className={styles.title}>
        <CheckmarkRegular aria-hidden />
        {t.changesTitle(changes.length)}
      </Subtitle2>
      {changes.length > 0 && <Caption1 className={styles.hint}>{t.changesHint}</Caption1>}
      <ul className={styles.list}>
        {changes.map((c) => {
          const ref = cellRef(c.sheet, c.cell);
          const before = shownValue(c.role, c.before) ?? t.blank;
          const after = shownValue(c.role, c.after) ?? t.blank;
          return (
            <li key={ref}>
              <button
                type="button"
                className={styles.row}
                title={`${t.goToCell} ${ref}`}
                data-cell={ref}
                onClick={() => onSelect(c.sheet, c.cell)}
              >
                <span className={styles.ref}>{ref}</span>
                <span className={styles.role}>{ROLE[c.role][lang]}</span>
                <span className={styles.values}>
                  <span className={styles.old} aria-label={`${t.before} ${before}`}>
                    {before}
                  </span>
                  {" → "}
                  <span className={styles.fresh} aria-label={`${t.after} ${after}`}>
                    {after}
                  </span>
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
