// The look of a clickable list row (a problem, a written cell): a plain button that selects a cell.
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
