// The scope (chosen first), the two main actions, clear and undo as icon buttons, the marks switch.
// Tooltips are native `title`s: a Fluent Tooltip's portal would sit over the neighbouring buttons at
// pane widths and swallow their clicks.
import { Button, Radio, RadioGroup, Switch, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowUndoRegular, EraserRegular, SettingsRegular } from "@fluentui/react-icons";
import { useId, type ReactElement, type ReactNode } from "react";
import type { Lang } from "../../core";
import type { Scope } from "../../excel/port";
import type { ActionKind, ChangeScope, RunAction } from "../hooks/useEvaluation";
import { strings } from "../i18n";

export interface ToolbarProps {
  lang: Lang;
  scope: Scope;
  busy: ActionKind | null;
  canUndo: boolean;
  mark: boolean;
  settingsOpen: boolean;
  onScopeChange: ChangeScope;
  onAction: RunAction;
  onMarkChange: (mark: boolean) => void;
  onSettings: () => void;
  /** Rendered at the end of the scope row (the language switch). */
  end?: ReactNode;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  row: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
  },
  spread: { justifyContent: "space-between" },
  scope: { display: "flex", alignItems: "center", flexWrap: "wrap", minWidth: 0 },
  scopeLabel: { fontSize: tokens.fontSizeBase300, color: tokens.colorNeutralForeground2 },
  radios: { flexWrap: "wrap" },
  // One line while it fits; at 270 px zoomed 150% an English label may wrap inside its button.
  action: { minWidth: "auto", maxWidth: "100%" },
  switch: { marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})` },
});

export function Toolbar(props: ToolbarProps) {
  const { lang, scope, busy, canUndo, mark, onScopeChange, onAction } = props;
  const styles = useStyles();
  const t = strings[lang];
  const working = busy !== null;
  const scopeLabelId = useId();
  const icon = (action: "clear" | "undo", glyph: ReactElement, disabled: boolean) => (
    <Button
      appearance="subtle"
      icon={glyph}
      aria-label={t.actions[action]}
      title={`${t.actions[action]}：${t.tooltips[action]}`}
      disabled={disabled}
      onClick={() => onAction(action)}
    />
  );
  return (
    <div className={styles.root}>
      <div className={`${styles.row} ${styles.spread}`}>
        <div className={styles.scope}>
          <span id={scopeLabelId} className={styles.scopeLabel}>
            {t.scopeLabel}
          </span>
          <RadioGroup
            layout="horizontal"
            className={styles.radios}
            aria-labelledby={scopeLabelId}
            value={scope}
            disabled={working}
            onChange={(_, data) => onScopeChange(data.value === "workbook" ? "workbook" : "sheet")}
          >
            <Radio value="sheet" label={t.scopeSheet} />
            <Radio value="workbook" label={t.scopeWorkbook} />
          </RadioGroup>
        </div>
        {props.end}
      </div>
      <div role="group" aria-label={t.toolbarLabel} className={styles.row}>
        <Button
          appearance="primary"
          className={styles.action}
          title={t.tooltips.check}
          disabled={working}
          onClick={() => onAction("check")}
        >
          {t.actions.check}
        </Button>
        <Button
          appearance="primary"
          className={styles.action}
          title={t.tooltips.recompute}
          disabled={working}
          onClick={() => onAction("recompute")}
        >
          {t.actions.recompute}
        </Button>
        {icon("clear", <EraserRegular />, working)}
        {icon("undo", <ArrowUndoRegular />, working || !canUndo)}
      </div>
      <div className={styles.row}>
        <Switch
          className={styles.switch}
          label={t.marksToggle}
          checked={mark}
          disabled={working}
          onChange={(_, data) => props.onMarkChange(data.checked)}
        />
        <Button
          appearance="subtle"
          size="small"
          icon={<SettingsRegular />}
          aria-expanded={props.settingsOpen}
          onClick={props.onSettings}
        >
          {t.settings}
        </Button>
      </div>
    </div>
  );
}
