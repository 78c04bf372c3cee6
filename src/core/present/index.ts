// The presentation kit: what every host (CLI, task pane, later ones) shows of a report, pure, no DOM.
export { compareScore, type ScoreComparison } from "./compare";
export {
  SEVERITIES,
  findingsOf,
  groupBySeverity,
  severityCounts,
  tally,
  verdictOf,
  type FindingTally,
  type SeverityCounts,
  type Verdict,
} from "./counts";
export { escapeHtml } from "./html";
export { asDecimal, formatMoney, formatNumber, formatPercent } from "./number";
export {
  METHOD_WORDS,
  SEVERITY_WORDS,
  countsText,
  gradeWord,
  methodWord,
  plural,
  severityWord,
} from "./words";
