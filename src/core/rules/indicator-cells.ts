// Where an indicator finding points: the cell of the value it is about, falling back to the score cell.
import type { RC } from "../grid/address";
import type { IndicatorEval } from "../score/form";
import type { LocalizedText } from "../types";

export function targetAt(i: IndicatorEval): RC {
  return i.targetCell ?? i.score.at;
}

export function actualAt(i: IndicatorEval): RC {
  return i.actualCell ?? i.score.at;
}

/** The indicator's name for messages, or its row when unnamed. */
export function label(i: IndicatorEval): LocalizedText {
  return i.name
    ? { zh: `“${i.name}”`, en: `“${i.name}”` }
    : { zh: `第 ${i.row + 1} 行指标`, en: `the indicator on row ${i.row + 1}` };
}
