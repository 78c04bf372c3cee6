// The pane's settings: the deployment options the core's EvaluateOptions offers today (a small
// description kept here until the core exports one), plus the pane's own switches; parsed defensively.
import type { EvaluateOptions, LocalizedText, ProfileId } from "../core";

/** The profiles EvaluateOptions.profile accepts, with the names a clerk knows them by. */
export const PROFILE_CHOICES: readonly { id: ProfileId; label: LocalizedText }[] = [
  { id: "central-2020", label: { zh: "财政部 2020 年模板", en: "Ministry of Finance 2020" } },
  { id: "shanxi", label: { zh: "山西", en: "Shanxi" } },
  { id: "sichuan", label: { zh: "四川", en: "Sichuan" } },
];

/** The default grade bands (docs/rules.md §5): 优 ≥ 90, 良 ≥ 80, 中 ≥ 60, below is 差. */
export const DEFAULT_BANDS: readonly [number, number, number] = [90, 80, 60];

export interface PaneSettings {
  /** null = detect the profile from the form's labels. */
  profile: ProfileId | null;
  /** null = the profile's own bands. */
  gradeBands: [number, number, number] | null;
  /** 检查 paints error / warning cells (the 标记单元格 switch). */
  mark: boolean;
  /** Finding codes on each problem (the details view). */
  showCodes: boolean;
}

export const DEFAULT_SETTINGS: PaneSettings = {
  profile: null,
  gradeBands: null,
  mark: true,
  showCodes: false,
};

/** True for three thresholds within 0–100, strictly decreasing (优 > 良 > 中). */
export function validBands(b: readonly number[]): b is [number, number, number] {
  return (
    b.length === 3 &&
    b.every((n) => Number.isFinite(n) && n >= 0 && n <= 100) &&
    b[0] > b[1] &&
    b[1] > b[2]
  );
}

/** Whatever was saved (another version, a hand edit, nothing) → settings; unknown parts fall back. */
export function parseSettings(value: unknown): PaneSettings {
  const v = (value && typeof value === "object" ? value : {}) as Record<string, unknown>;
  const profile = PROFILE_CHOICES.some((p) => p.id === v.profile) ? (v.profile as ProfileId) : null;
  const bands = Array.isArray(v.gradeBands) ? v.gradeBands.map(Number) : [];
  return {
    profile,
    gradeBands: validBands(bands) ? bands : null,
    mark: typeof v.mark === "boolean" ? v.mark : DEFAULT_SETTINGS.mark,
    showCodes: typeof v.showCodes === "boolean" ? v.showCodes : DEFAULT_SETTINGS.showCodes,
  };
}

/** What reaches the core: only the options set, so an unset one keeps the profile's default. */
export function evaluateOptions(s: PaneSettings): EvaluateOptions | undefined {
  const o: EvaluateOptions = {};
  if (s.profile) o.profile = s.profile;
  if (s.gradeBands) o.gradeBands = s.gradeBands;
  return Object.keys(o).length ? o : undefined;
}
