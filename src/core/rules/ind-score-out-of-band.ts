// IND_SCORE_OUT_OF_BAND: a judgment score outside the band its actual claims (财预〔2020〕10号 bands).
import { D, round2 } from "../decimal";
import type { FormRule, RuleHit } from "./rule";
import { label } from "./indicator-cells";

const BANDS = {
  achieved: {
    lo: "0.8",
    hi: "1",
    zh: "达成（分值的 80%–100%）",
    en: "achieved (80–100% of the weight)",
  },
  partial: {
    lo: "0.6",
    hi: "0.8",
    zh: "部分达成（分值的 60%–80%）",
    en: "partly achieved (60–80% of the weight)",
  },
  missed: {
    lo: "0",
    hi: "0.6",
    zh: "未达成（分值的 60% 以下）",
    en: "not achieved (below 60% of the weight)",
  },
};

export const indScoreOutOfBand: FormRule = {
  code: "IND_SCORE_OUT_OF_BAND",
  severity: "warning",
  scope: "form",
  messages: {
    default: {
      zh: "指标{name}实际完成“{actual}”属于{band}，得分 {score} 不在 {range} 区间内",
      en: "Indicator {name}: the actual “{actual}” means {band}; the score {score} is outside {range}",
    },
  },
  check: (f) => {
    if (f.unfilled) return [];
    const hits: RuleHit[] = [];
    for (const i of f.weighted) {
      const band = i.scoring.band;
      if (
        i.method !== "judgment" ||
        !band ||
        i.entered === null ||
        i.weightValue === null ||
        i.weightMerged
      )
        continue;
      // Negative or above the weight: IND_SCORE_INVALID's / IND_SCORE_OVER_WEIGHT's (one problem, one finding).
      if (i.entered.lt(0) || round2(i.entered).gt(i.weightValue)) continue;
      const b = BANDS[band];
      const lo = i.weightValue.times(b.lo);
      const hi = i.weightValue.times(b.hi);
      const inside =
        i.entered.gte(lo) && (band === "achieved" ? i.entered.lte(hi) : i.entered.lt(hi));
      if (inside) continue;
      const range = `[${lo.toDecimalPlaces(2, D.ROUND_HALF_UP).toFixed()}, ${hi.toDecimalPlaces(2, D.ROUND_HALF_UP).toFixed()}${band === "achieved" ? "]" : ")"}`;
      hits.push({
        at: i.score.at,
        data: {
          name: label(i),
          actual: i.actualText,
          band: { zh: b.zh, en: b.en },
          score: i.entered.toFixed(),
          range,
        },
        expected: range,
        actual: i.entered.toFixed(),
      });
    }
    return hits;
  },
};
