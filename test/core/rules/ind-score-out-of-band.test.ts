// IND_SCORE_OUT_OF_BAND: a judgment score outside the band its actual claims (财预〔2020〕10号).
import { cleanForm, points } from "../../../testkit/fixtures/forms";
import type { Layout } from "../../../testkit/fixtures/spec";
import { at, perLayout, ruleTester, withInd, type Case, type InvalidCase } from "./harness";

const clean = (l: Layout) => cleanForm(l);
const score = (i: number) => at.ind(i, "score");
/** 干部履职能力 (weight 20, text target 明显提升) with this actual and score. */
const judged = (l: Layout, actual: string, s: number) =>
  withInd(clean(l), 4, { actual, score: points(s), deviation: "个别单位反馈不足" });

ruleTester("IND_SCORE_OUT_OF_BAND", {
  valid: [
    ...perLayout<Case>("clean form", (l) => ({ spec: clean(l) })),
    ...perLayout<Case>("达成: 16 of 20 (80%)", (l) => ({ spec: judged(l, "明显提升", 16) })),
    ...perLayout<Case>("`达到预期指标`: full", (l) => ({ spec: judged(l, "达到预期指标", 20) })),
    ...perLayout<Case>("部分达成: 14 of 20 (70%)", (l) => ({ spec: judged(l, "部分完成", 14) })),
    ...perLayout<Case>("未达成: 10 of 20 (50%)", (l) => ({ spec: judged(l, "未完成", 10) })),
    ...perLayout<Case>("`未完成` is not an achievement word", (l) => ({
      spec: judged(l, "未完成", 0),
    })),
    ...perLayout<Case>("an actual that claims no band", (l) => ({
      spec: judged(l, "有所提升", 12),
    })),
    ...perLayout<Case>("quantitative indicators are computed, not banded", (l) => ({
      spec: withInd(clean(l), 0, { actual: "450", score: points(18) }),
    })),
  ],
  invalid: [
    ...perLayout<InvalidCase>("达成 (actual = target) but 15 of 20", (l) => ({
      spec: judged(l, "明显提升", 15),
      findings: [{ severity: "warning", cell: score(4) }],
    })),
    ...perLayout<InvalidCase>("`完成` but 15 of 20", (l) => ({
      spec: judged(l, "完成", 15),
      findings: [{ severity: "warning", cell: score(4) }],
    })),
    ...perLayout<InvalidCase>("`部分完成` but 19 of 20", (l) => ({
      spec: judged(l, "部分完成", 19),
      findings: [{ severity: "warning", cell: score(4) }],
    })),
    ...perLayout<InvalidCase>("`未完成` but 15 of 20", (l) => ({
      spec: judged(l, "未完成", 15),
      findings: [{ severity: "warning", cell: score(4) }],
    })),
  ],
});
