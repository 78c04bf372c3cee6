// Shared looks of the pane: a clickable list row (a problem, a written cell) and a bordered card.
import { tokens, type GriffelStyle } from "@fluentui/react-components";

/** Shared by the problem list and the change list so both rows read and focus alike. */
export const rowButton: GriffelStyle = {
  width: "100%",
  boxSizing: "border-box",
  border: "none",
  color: tokens.colorNeutralForeground1,
  font: "inherit",
  textAlign: "start",
  cursor: "pointer",
  ":focus-visible": {
    outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
    outlineOffset: "-2px",
  },
};

/** A bordered column of blocks: one form's details, the settings panel. */
export const card: GriffelStyle = {
  display: "flex",
  flexDirection: "column",
  rowGap: tokens.spacingVerticalS,
  padding: tokens.spacingVerticalS,
  border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  borderRadius: tokens.borderRadiusMedium,
  minWidth: 0,
};
