// Compares what the two forms set for one indicator: the parsed target, and the weight.
import type { Dec } from "../decimal";
import type { NumCell } from "../score/num-cell";
import type { DateValue, Parsed } from "../values/parse";
import { nameKey } from "./names";

/** How a target changed: its number (or date, or words), its comparator, or its unit. */
export type TargetChange = "value" | "comparator" | "unit" | "blank";

function sameDate(a: DateValue, b: DateValue): boolean {
  // A part one side leaves out (`12月底前` has no year) is not a difference.
  const same = (x: number | null, y: number | null) => x === null || y === null || x === y;
  return same(a.year, b.year) && same(a.month, b.month) && same(a.day, b.day);
}

/** The number in the unit's base (万元 → 元), or as written without a unit. */
function base(p: Parsed): Dec {
  return p.unit ? p.number!.times(p.unit.factor) : p.number!;
}

/**
 * How the 自评表's target differs from the target form's, compared as parsed values (`≥95%` and
 * `≥ 95 %` are equal; `500000元` and `50万元` too). A comparator or unit written on one side only is
 * no change: the side without it reads the other's. null when they agree or the target form sets none.
 */
export function targetChange(set: Parsed, self: Parsed): TargetChange | null {
  if (set.empty) return null;
  if (self.empty) return "blank";
  if (set.number !== undefined && self.number !== undefined) {
    if (set.comparator && self.comparator && set.comparator !== self.comparator)
      return "comparator";
    if (set.unit && self.unit && set.unit.dim !== self.unit.dim) return "unit";
    const both = set.unit && self.unit;
    return (both ? base(set).eq(base(self)) : set.number.eq(self.number)) ? null : "value";
  }
  if (set.date && self.date) {
    if (set.comparator && self.comparator && set.comparator !== self.comparator)
      return "comparator";
    return sameDate(set.date, self.date) ? null : "value";
  }
  // Words (`作用明显`), or one side a number and the other words: compared as text.
  return nameKey(set.raw) === nameKey(self.raw) ? null : "value";
}

/** A weight in points: `20%` (0.2 under a percent format) is 20. */
export function points(cell: NumCell): Dec {
  return cell.percent && !cell.inPercent ? cell.num!.times(100) : cell.num!;
}

/** Whether two weights differ; null when either is blank or not a number (nothing to compare). */
export function weightsDiffer(set: NumCell | null, self: NumCell | null): boolean | null {
  if (set?.kind !== "number" || self?.kind !== "number") return null;
  return !points(set).eq(points(self));
}

/**
 * The one factor every compared weight of the 自评表 is of the target form's (90 points over the
 * indicators against a 申报表 weighing them to 100: 0.9), when there is one other than 1 and at least
 * two weights to say so; null otherwise. Such forms weigh on another scale, not indicator by indicator.
 */
export function weightScale(pairs: { set: NumCell | null; self: NumCell | null }[]): Dec | null {
  const both = pairs.filter(
    (p) => p.set?.kind === "number" && p.self?.kind === "number" && !points(p.set).isZero()
  );
  if (both.length < 2) return null;
  const ratios = both.map((p) => points(p.self!).div(points(p.set!)));
  const k = ratios[0];
  return !k.eq(1) && ratios.every((r) => r.eq(k)) ? k : null;
}
