// The four action buttons and the 本表 / 全部工作表 scope switch.
import { Button, Radio, RadioGroup, makeStyles, tokens } from "@fluentui/react-components";
import {
  ArrowUndoRegular,
  CalculatorRegular,
  CheckmarkCircleRegular,
  EraserRegular,
} from "@fluentui/react-icons";
import { useId } from "react";
import type { Lang } from "../../core";
import type { Scope } from "../../excel/port";
import type { ActionKind, ChangeScope, RunAction } from "../hooks/useEvaluation";
import { strings } from "../i18n";

export interface ToolbarProps {
  lang: Lang;
  scope: Scope;
  busy: ActionKind | null;
  canUndo: boolean;
  onScopeChange: ChangeScope;
  onAction: RunAction;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  scope: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  scopeLabel: { fontSize: tokens.fontSizeBase300, color: tokens.colorNeutralForeground2 },
});

export function Toolbar({ lang, scope, busy, canUndo, onScopeChange, onAction }: ToolbarProps) {
  const styles = useStyles();
  const t = strings[lang];
  const working = busy !== null;
  const scopeLabelId = useId();
  return (
    <div className={styles.root}>
      <div role="group" aria-label={t.toolbarLabel} className={styles.buttons}>
        <Button
          appearance="primary"
          icon={<CheckmarkCircleRegular />}
          disabled={working}
          onClick={() => onAction("check")}
        >
          {t.actions.check}
        </Button>
        <Button
          icon={<CalculatorRegular />}
          disabled={working}
          onClick={() => onAction("recompute")}
        >
          {t.actions.recompute}
        </Button>
        <Button icon={<EraserRegular />} disabled={working} onClick={() => onAction("clear")}>
          {t.actions.clear}
        </Button>
        <Button
          icon={<ArrowUndoRegular />}
          disabled={working || !canUndo}
          onClick={() => onAction("undo")}
        >
          {t.actions.undo}
        </Button>
      </div>
      <div className={styles.scope}>
        <span id={scopeLabelId} className={styles.scopeLabel}>
          {t.scopeLabel}
        </span>
        <RadioGroup
          layout="horizontal"
          aria-labelledby={scopeLabelId}
          value={scope}
          disabled={working}
          onChange={(_, data) => onScopeChange(data.value === "workbook" ? "workbook" : "sheet")}
        >
          <Radio value="sheet" label={t.scopeSheet} />
          <Radio value="workbook" label={t.scopeWorkbook} />
        </RadioGroup>
      </div>
    </div>
  );
}
