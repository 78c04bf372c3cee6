// How indicator and project names are compared across the 自评表 and its target form (docs/targets.md).
import { squash } from "../text/normalize";
import { lookupUnit } from "../values/units";

/** Every punctuation mark (，。、“”（）《》·-/ …), CJK and ASCII alike. */
const PUNCTUATION = /\p{P}/gu;

/** A trailing `(人次)`, `（%）`, `(万元)`: the unit the name repeats, not part of it. */
function withoutUnitSuffix(s: string): string {
  const m = /^(.+?)\(([^()]*)\)$/.exec(s);
  if (!m) return s;
  const inner = m[2];
  return inner === "%" || lookupUnit(inner) !== null ? m[1] : s;
}

/**
 * The key two indicator names match by: whitespace removed and full-width folded (squash), Latin
 * letters lower-cased, a trailing unit in brackets dropped, then every punctuation mark removed.
 * Characters are never dropped otherwise: `合格率` and `合格数` stay two indicators.
 */
export function nameKey(name: string): string {
  return withoutUnitSuffix(squash(name).toLowerCase()).replace(PUNCTUATION, "");
}

/**
 * A looser key, tried only between indicators the exact key left unmatched, and only where it is
 * unique on both forms: a trailing 率 or 数 dropped (`验收合格率` ↔ `验收合格`).
 */
export function looseKey(key: string): string {
  return key.length > 2 ? key.replace(/[率数]$/, "") : key;
}

/** A project name as the pairing compares it: the indicator key, "" for a blank name. */
export const projectKey = nameKey;
