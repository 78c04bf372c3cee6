// Pairs the indicators of a 自评表 with those of its target form by 三级指标 name (docs/targets.md).
import type { IndicatorRow } from "../score/indicator-rows";
import { looseKey, nameKey } from "./names";
import type { TargetIndicator } from "./read";

export interface IndicatorPair {
  set: TargetIndicator;
  self: IndicatorRow;
}

export interface IndicatorMatch {
  pairs: IndicatorPair[];
  /** Set on the target form, not on the 自评表. */
  missing: TargetIndicator[];
  /** On the 自评表, not on the target form. */
  added: IndicatorRow[];
}

interface Side<T> {
  item: T;
  key: string;
  loose: string;
  group: string | null;
  taken: boolean;
}

/**
 * Pairs each side's occurrences of a key: the same 一级指标 group first, then in order (a name listed
 * twice is two indicators, never merged into one).
 */
function pairUp<A, B>(as: Side<A>[], bs: Side<B>[], keyOf: (s: Side<unknown>) => string) {
  const out: [Side<A>, Side<B>][] = [];
  const free = <T>(xs: Side<T>[], k: string) => xs.filter((x) => !x.taken && keyOf(x) === k);
  for (const a of as) {
    if (a.taken) continue;
    const candidates = free(bs, keyOf(a));
    const b = candidates.find((x) => x.group === a.group) ?? candidates[0];
    if (!b) continue;
    a.taken = b.taken = true;
    out.push([a, b]);
  }
  return out;
}

/** How many unmatched items of a side share each loose key. */
function looseCounts<T>(xs: Side<T>[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const x of xs) if (!x.taken) m.set(x.loose, (m.get(x.loose) ?? 0) + 1);
  return m;
}

export function matchIndicators(set: TargetIndicator[], self: IndicatorRow[]): IndicatorMatch {
  const as: Side<TargetIndicator>[] = set.map((t) => ({
    item: t,
    key: t.key,
    loose: t.loose,
    group: t.row.group,
    taken: false,
  }));
  const bs: Side<IndicatorRow>[] = self.map((row) => {
    const key = nameKey(row.name);
    return { item: row, key, loose: looseKey(key), group: row.group, taken: false };
  });
  const exact = pairUp(as, bs, (s) => s.key);
  // The looser key only where it names one leftover on each side: never two indicators merged.
  const ca = looseCounts(as);
  const cb = looseCounts(bs);
  const unique = (s: Side<unknown>) => ca.get(s.loose) === 1 && cb.get(s.loose) === 1;
  const loose = pairUp(
    as.filter((a) => !a.taken && unique(a)),
    bs.filter((b) => !b.taken && unique(b)),
    (s) => s.loose
  );
  const pairs = [...exact, ...loose]
    .map(([a, b]) => ({ set: a.item, self: b.item }))
    .sort((x, y) => x.self.row - y.self.row);
  return {
    pairs,
    missing: as.filter((a) => !a.taken).map((a) => a.item),
    added: bs.filter((b) => !b.taken).map((b) => b.item),
  };
}
