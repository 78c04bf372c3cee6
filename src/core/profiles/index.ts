// Rule profiles as frozen data: grade bands, thresholds, weights and layout traits of each known template,
// with a deployment's options (options.ts) resolved into them.
import type { Dec } from "../decimal";
import type { EvaluateOptions, OverachievePolicy, ProfileId, TotalCapRule } from "../types";
import { sanitizeOptions, TOTAL_CAPS } from "./options";

export interface GradeBand {
  /** Lowest total (inclusive) of the band. */
  min: number;
  grade: string;
}

export interface Profile {
  id: ProfileId;
  /** Highest band first; the last band has min -Infinity. */
  gradeBands: readonly GradeBand[];
  /** Actual ≥ this × target on a ge indicator → IND_OVERACHIEVED. */
  overachieveRatio: number;
  /** What an overachievement costs: explanation required, points off, or no deduction allowed. */
  overachievePolicy: OverachievePolicy;
  /** Points taken off an overachieved indicator under the `deduct` policy. */
  overachieveDeduction: number;
  /** Caps on the total by the total-row execution rate (`[]`: none), lowest rate band last. */
  totalCapRule: TotalCapRule;
  totalCap: readonly TotalCapBand[];
  /** Budget weight when the form does not state one (分值 cell or `(N分)` label). */
  budgetWeight: number;
  /** Total-row rate below this with every indicator full and nothing explained → FULL_MARKS_UNDER_EXECUTION. */
  fullMarksThreshold: number;
  /** Rate below this requires the funding block's 原因 cell. */
  reasonThreshold: number;
  /** The "原则上" level-1 weight split (产出 / 效益 / 满意度), budget weight aside. */
  split: Readonly<Record<"产出" | "效益" | "满意度", number>>;
  /** The total row carries the grade right after the score (`总分 | score | grade`). */
  gradeAfterTotal: boolean;
}

/** A rate below `below` (a fraction, exclusive) caps the total at `max`; the lowest matching band wins. */
export interface TotalCapBand {
  below: number;
  max: number;
}

const DEFAULT_BANDS: readonly GradeBand[] = Object.freeze([
  { min: 90, grade: "优" },
  { min: 80, grade: "良" },
  { min: 60, grade: "中" },
  { min: -Infinity, grade: "差" },
]);

const SPLIT = Object.freeze({ 产出: 50, 效益: 30, 满意度: 10 });

const BASE = {
  gradeBands: DEFAULT_BANDS,
  overachieveRatio: 1.3,
  overachievePolicy: "explain" as OverachievePolicy,
  overachieveDeduction: 2,
  totalCapRule: "none" as TotalCapRule,
  totalCap: TOTAL_CAPS.none,
  budgetWeight: 10,
  fullMarksThreshold: 0.9,
  reasonThreshold: 0.9,
  split: SPLIT,
};

const PROFILES: Readonly<Record<ProfileId, Profile>> = Object.freeze({
  "central-2020": Object.freeze({ ...BASE, id: "central-2020", gradeAfterTotal: false }),
  shanxi: Object.freeze({ ...BASE, id: "shanxi", gradeAfterTotal: true }),
  sichuan: Object.freeze({ ...BASE, id: "sichuan", gradeAfterTotal: false }),
});

/** Layout traits the locator saw, from which the profile is chosen. */
export interface LayoutTraits {
  hasBalanceColumn: boolean;
  hasInitialSplit: boolean;
  hasAdjustedTarget: boolean;
  hasReasonColumn: boolean;
  hasNatureOrUnitColumn: boolean;
}

function detectedProfile(t: LayoutTraits): Profile {
  if (t.hasAdjustedTarget || t.hasInitialSplit || t.hasBalanceColumn) return PROFILES.shanxi;
  if (t.hasReasonColumn || t.hasNatureOrUnitColumn) return PROFILES.sichuan;
  return PROFILES["central-2020"];
}

/**
 * The profile a form is read and scored under: the one its traits point to, unless the options force
 * one, with the deployment's options applied. Called once by the locator, before it reads the total
 * row. Option values outside what DEPLOYMENT_OPTIONS allows are ignored (adapters reject them first).
 */
export function detectProfile(t: LayoutTraits, options: EvaluateOptions = {}): Profile {
  const o = sanitizeOptions(options);
  const base = o.profile ? PROFILES[o.profile] : detectedProfile(t);
  const profile = o.gradeBands ? withGradeBands(base, o.gradeBands) : base;
  const deployed: Partial<Profile> = {};
  if (o.totalCap) {
    deployed.totalCapRule = o.totalCap;
    deployed.totalCap = TOTAL_CAPS[o.totalCap];
  }
  if (o.overachievePolicy) deployed.overachievePolicy = o.overachievePolicy;
  if (o.overachievePercent !== undefined) deployed.overachieveRatio = o.overachievePercent / 100;
  if (o.reasonThresholdPercent !== undefined)
    deployed.reasonThreshold = o.reasonThresholdPercent / 100;
  return Object.keys(deployed).length ? Object.freeze({ ...profile, ...deployed }) : profile;
}

/**
 * The highest total the deployment allows at this total-row execution rate (unrounded, as the budget
 * score uses it), or null when nothing caps it.
 */
export function totalCapOf(profile: Profile, rate: Dec | null): number | null {
  if (rate === null) return null;
  let cap: number | null = null;
  for (const band of profile.totalCap) if (rate.lt(band.below)) cap = band.max;
  return cap;
}

/** Grade of a total under the profile's bands. */
export function gradeOf(profile: Profile, total: number): string {
  for (const b of profile.gradeBands) if (total >= b.min) return b.grade;
  return profile.gradeBands[profile.gradeBands.length - 1].grade;
}

/** Grade words used on real forms, folded to the band names (`优秀` → `优`). */
export function normalizeGrade(s: string): string {
  const t = s.replace(/\s/g, "");
  if (/^(优秀|优)$/.test(t)) return "优";
  if (/^(良好|良)$/.test(t)) return "良";
  if (/^(中|中等|合格|及格|一般)$/.test(t)) return "中";
  if (/^(差|较差|不合格|不及格)$/.test(t)) return "差";
  return t;
}

/** The profile with other grade thresholds (优 / 良 / 中 lower bounds, highest first). */
function withGradeBands(profile: Profile, mins: readonly [number, number, number]): Profile {
  const [good, fair, pass] = mins;
  const gradeBands = Object.freeze([
    { min: good, grade: "优" },
    { min: fair, grade: "良" },
    { min: pass, grade: "中" },
    { min: -Infinity, grade: "差" },
  ]);
  return Object.freeze({ ...profile, gradeBands });
}
