// Indicator scoring (docs/rules.md §4 "Direction", "Method and score"): picks the method and computes the score.
import { capScore, D, type Dec, ZERO } from "../decimal";
import type { Profile } from "../profiles";
import type { Method } from "../types";
import type { DateValue, Parsed } from "../values/parse";
import { convertible } from "../values/units";
import type { IndicatorRow } from "./indicator-rows";

export interface Scoring {
  method: Method;
  /** round2, within [0, weight]; null for judgment or when the weight is unknown. */
  computed: Dec | null;
  /** The finance-system ≤ formula `weight × (1 − (a − t)/t)`; an entered score matching it is accepted. */
  alternative: Dec | null;
  targetMissed: boolean;
  overachieved: boolean;
  /** The deployment takes points off an overachievement: `computed` is the weight less them. */
  overachieveDeducted: boolean;
  /** The deployment allows no deduction on an overachievement: an explanation does not keep one. */
  deductionForbidden: boolean;
  unitConverted: boolean;
  unitMismatch: boolean;
  actualComparator: boolean;
  notMeasured: boolean;
  unparsed: "target" | "actual" | null;
  /** Judgment band the actual claims: 达成 / 部分达成 / 未达成, when it says so. */
  band: "achieved" | "partial" | "missed" | null;
  /** The date was late: judgment, and the entered score must stay below the weight. */
  late: boolean;
  /**
   * A bare fraction (`0.98`, no unit) against a percentage target of at least 1%: read as 98%, the
   * only reading that fits; the finding says so.
   */
  fractionAsPercent: boolean;
  /** Target/actual in the target's unit, for reports and rules. */
  t: Dec | null;
  a: Dec | null;
}

const BAD_EVENT_RATE =
  /故障率|投诉率|差错率|超支率|事故率|失误率|发生率|误差率|返工率|不合格率|缺陷率|流失率|违规率|空置率|损耗率|逾期率|超标率|死亡率|发病率/;

function blank(method: Method): Scoring {
  return {
    method,
    computed: null,
    alternative: null,
    targetMissed: false,
    overachieved: false,
    overachieveDeducted: false,
    deductionForbidden: false,
    unitConverted: false,
    unitMismatch: false,
    actualComparator: false,
    notMeasured: false,
    unparsed: null,
    band: null,
    late: false,
    fractionAsPercent: false,
    t: null,
    a: null,
  };
}

function judgmentBand(target: Parsed, actual: Parsed): Scoring["band"] {
  if (actual.achieved) return "achieved";
  const text = actual.text ?? actual.raw;
  if (/未完成|未达成|未达到|没有完成|未实现/.test(text)) return "missed";
  if (/部分|基本/.test(text)) return "partial";
  if (!actual.empty && actual.raw.replace(/\s/g, "") === target.raw.replace(/\s/g, ""))
    return "achieved";
  return null;
}

/** Serial-free comparison at the coarser precision of the two dates (a month means its last day). */
function dateLate(target: DateValue, actual: DateValue, year: number | null): boolean {
  // docs/rules.md §4: a date without a year takes the form's 年度 first, else the other value's year.
  const ty = target.year ?? year ?? actual.year;
  const ay = actual.year ?? year ?? target.year;
  if (ty === null || ay === null) return false;
  const levels = (d: DateValue) => (d.day !== null ? 3 : d.month !== null ? 2 : 1);
  const p = Math.min(levels(target), levels(actual));
  const key = (y: number, d: DateValue) => [y, d.month ?? 12, d.day ?? 31].slice(0, p);
  const tk = key(ty, target);
  const ak = key(ay, actual);
  for (let i = 0; i < p; i++) if (ak[i] !== tk[i]) return ak[i] > tk[i];
  return false;
}

function direction(row: IndicatorRow, target: Parsed): "ge" | "le" | "eq" {
  const cmp = target.comparator;
  if (cmp === "ge" || cmp === "gt") return "ge";
  if (cmp === "le" || cmp === "lt") return "le";
  if (cmp === "eq") return "eq";
  if (/成本/.test(row.level2) || /成本/.test(row.name) || BAD_EVENT_RATE.test(row.name))
    return "le";
  return "ge";
}

/** The profile's overachievement settings (a deployment's options resolved into it). */
export type Overachievement = Pick<
  Profile,
  "overachieveRatio" | "overachievePolicy" | "overachieveDeduction"
>;

export function scoreIndicator(
  row: IndicatorRow,
  weight: Dec | null,
  year: number | null,
  over: Overachievement
): Scoring {
  const { target, actual } = row;
  if (target.empty || actual.empty) return blank("judgment");
  const s = blank("judgment");
  s.actualComparator = !!actual.comparator && actual.comparator !== "eq";
  if (target.unparsed) return { ...s, unparsed: "target" };
  if (actual.unparsed && (target.number !== undefined || target.date))
    return { ...s, unparsed: "actual" };
  if (row.qualitative) return { ...s, band: judgmentBand(target, actual) };
  if (target.date) {
    // A deadline answered with words or a bare number is not a measured date.
    if (!actual.date) return { ...s, notMeasured: true, band: judgmentBand(target, actual) };
    const late = dateLate(target.date, actual.date, year);
    const out: Scoring = { ...s, method: "date", late, targetMissed: late };
    if (!late && weight) out.computed = capScore(weight, weight);
    if (late) out.method = "date";
    return out;
  }
  if (target.number === undefined) return { ...s, band: judgmentBand(target, actual) };
  if (actual.number === undefined)
    return { ...s, notMeasured: true, band: judgmentBand(target, actual) };
  let a = actual.number;
  const t = target.number;
  const percentTarget = target.unit?.dim === "percent" && target.unit.factor.eq(1);
  if (percentTarget && (!actual.unit || row.actualBare) && a.gte(0) && a.lte(1) && t.gte(1)) {
    a = a.times(100);
    s.fractionAsPercent = true;
  } else if (target.unit && actual.unit && target.unit.symbol !== actual.unit.symbol) {
    if (!convertible(target.unit, actual.unit)) return { ...s, unitMismatch: true };
    a = a.times(actual.unit.factor).div(target.unit.factor);
    s.unitConverted = true;
  }
  const method = direction(row, target);
  const out: Scoring = { ...s, method, t, a };
  const w = weight;
  if (method === "le") {
    out.targetMissed = a.gt(t);
    if (w) {
      if (!out.targetMissed) out.computed = capScore(w, w);
      else if (t.lte(0)) out.computed = ZERO;
      else {
        out.computed = capScore(w.times(t).div(a), w);
        const alt = D.max(ZERO, new D(1).minus(a.minus(t).div(t)));
        out.alternative = capScore(w.times(alt), w);
      }
    }
    return out;
  }
  out.targetMissed = a.lt(t);
  out.overachieved = method === "ge" && t.gt(0) && a.gte(t.times(over.overachieveRatio));
  // docs/rules.md §5 "Deployment options": what an overachievement costs depends on the deployment.
  out.deductionForbidden = out.overachieved && over.overachievePolicy === "no-deduction";
  if (w) {
    if (!out.targetMissed) out.computed = capScore(w, w);
    else if (t.lte(0)) out.computed = ZERO;
    else out.computed = capScore(w.times(a).div(t), w);
    if (out.overachieved && over.overachievePolicy === "deduct") {
      out.computed = capScore(w.minus(over.overachieveDeduction), w);
      out.overachieveDeducted = true;
    }
  }
  return out;
}
