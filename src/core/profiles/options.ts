// The deployment options as data: what each EvaluateOptions key means, in zh and en, the values it
// allows and its default. The CLI builds its flags and --help from this list, the task pane its
// settings panel; the core validates with it (docs/rules.md §5 "Deployment options").
import type {
  EvaluateOptions,
  LocalizedText,
  OverachievePolicy,
  ProfileId,
  TotalCapRule,
} from "../types";

export type DeploymentOptionId = keyof EvaluateOptions;

interface OptionBase<Id extends DeploymentOptionId> {
  id: Id;
  /** The CLI flag (`--grade-bands`). */
  flag: string;
  label: LocalizedText;
  /** One sentence for a tooltip or --help. */
  help: LocalizedText;
}

/** One of a list of values. `default` is the value shown when the option is not set. */
export interface ChoiceOption<
  Id extends DeploymentOptionId = DeploymentOptionId,
  V extends string = string,
> extends OptionBase<Id> {
  kind: "choice";
  choices: readonly { value: V; label: LocalizedText }[];
  default: V;
}

/** Three totals in (0, 100], highest first (equal ones leave a grade out): the lowest of 优 / 良 / 中. */
export interface BandsOption extends OptionBase<"gradeBands"> {
  kind: "bands";
  presets: readonly (readonly [number, number, number])[];
  default: readonly [number, number, number];
  min: number;
  max: number;
}

/** A percentage within [min, max] (`min` exclusive when `minExclusive`). */
export interface PercentOption<
  Id extends DeploymentOptionId = DeploymentOptionId,
> extends OptionBase<Id> {
  kind: "percent";
  default: number;
  min: number;
  max: number;
  minExclusive: boolean;
}

export type DeploymentOption =
  | ChoiceOption<"profile", ProfileId | "auto">
  | BandsOption
  | ChoiceOption<"totalCap", TotalCapRule>
  | ChoiceOption<"overachievePolicy", OverachievePolicy>
  | PercentOption<"overachievePercent">
  | PercentOption<"reasonThresholdPercent">;

/** A value as the panel or the CLI holds it: `auto` stands for "profile not forced". */
export type OptionValue = string | number | readonly [number, number, number];

const t = (zh: string, en: string): LocalizedText => ({ zh, en });

const PROFILE: ChoiceOption<"profile", ProfileId | "auto"> = {
  id: "profile",
  flag: "--profile",
  kind: "choice",
  label: t("表样", "Layout profile"),
  help: t(
    "按标签自动识别表样；也可指定一种（其参数随之生效）",
    "detected from the labels; or force one (its parameters apply)"
  ),
  choices: [
    { value: "auto", label: t("自动识别", "Detect") },
    { value: "central-2020", label: t("财政部 2020 模板", "MoF 2020 template") },
    { value: "shanxi", label: t("山西", "Shanxi") },
    { value: "sichuan", label: t("四川", "Sichuan") },
  ],
  default: "auto",
};

const GRADE_BANDS: BandsOption = {
  id: "gradeBands",
  flag: "--grade-bands",
  kind: "bands",
  label: t("等级档次（优/良/中 的最低分）", "Grade bands (lowest total of 优/良/中)"),
  help: t(
    "总分不低于第一个数为优、第二个为良、第三个为中，其余为差",
    "a total at or above the first number is 优, the second 良, the third 中, below it 差"
  ),
  presets: [
    [90, 80, 60],
    [80, 70, 60],
  ],
  default: [90, 80, 60],
  min: 0,
  max: 100,
};

const TOTAL_CAP: ChoiceOption<"totalCap", TotalCapRule> = {
  id: "totalCap",
  flag: "--total-cap",
  kind: "choice",
  label: t("按执行率封顶总分", "Total capped by the execution rate"),
  help: t(
    "部分省份：执行率 70%–80% 总分不高于 89，60%–70% 不高于 79，低于 60% 不高于 69，低于 50% 不高于 59",
    "some provinces: rate 70–80% → total ≤ 89, 60–70% → ≤ 79, below 60% → ≤ 69, below 50% → ≤ 59"
  ),
  choices: [
    { value: "none", label: t("不封顶", "No cap") },
    {
      value: "execution-rate",
      label: t("按执行率封顶（89/79/69/59）", "Cap by rate (89/79/69/59)"),
    },
  ],
  default: "none",
};

const OVERACHIEVE_POLICY: ChoiceOption<"overachievePolicy", OverachievePolicy> = {
  id: "overachievePolicy",
  flag: "--overachieve",
  kind: "choice",
  label: t("超额完成的处理", "Overachievement"),
  help: t(
    "实际值达到指标值的超额阈值（默认 130%）时：须说明原因 / 扣 2 分 / 不得扣分",
    "when the actual reaches the overachievement ratio of the target (130%): explain it / 2 points off / no deduction allowed"
  ),
  choices: [
    { value: "explain", label: t("须说明原因", "Explanation required") },
    { value: "deduct", label: t("扣 2 分", "2 points off") },
    { value: "no-deduction", label: t("不得扣分", "No deduction allowed") },
  ],
  default: "explain",
};

const OVERACHIEVE_PERCENT: PercentOption<"overachievePercent"> = {
  id: "overachievePercent",
  flag: "--overachieve-ratio",
  kind: "percent",
  label: t("超额阈值（%）", "Overachievement ratio (%)"),
  help: t(
    "正向指标实际值不低于指标值的该百分比时视为大幅超额",
    "a higher-is-better actual at or above this percentage of the target is an overachievement"
  ),
  default: 130,
  min: 100,
  max: 1000,
  minExclusive: true,
};

const REASON_THRESHOLD: PercentOption<"reasonThresholdPercent"> = {
  id: "reasonThresholdPercent",
  flag: "--reason-threshold",
  kind: "percent",
  label: t("须说明原因的执行率（%）", "Rate requiring a reason (%)"),
  help: t(
    "年度资金总额行执行率低于该值时，资金块的“原因”栏必须填写（0 = 从不要求）",
    "below this total-row execution rate the funding block's 原因 cell must be filled (0 = never)"
  ),
  default: 90,
  min: 0,
  max: 100,
  minExclusive: false,
};

/** Every deployment option, in the order a settings panel shows them. */
export const DEPLOYMENT_OPTIONS: readonly DeploymentOption[] = Object.freeze([
  PROFILE,
  GRADE_BANDS,
  TOTAL_CAP,
  OVERACHIEVE_POLICY,
  OVERACHIEVE_PERCENT,
  REASON_THRESHOLD,
]);

/** The caps of each TotalCapRule, highest rate band first (profiles/index.ts totalCapOf). */
export const TOTAL_CAPS: Readonly<Record<TotalCapRule, readonly { below: number; max: number }[]>> =
  Object.freeze({
    none: Object.freeze([]),
    "execution-rate": Object.freeze([
      { below: 0.8, max: 89 },
      { below: 0.7, max: 79 },
      { below: 0.6, max: 69 },
      { below: 0.5, max: 59 },
    ]),
  });

function describe(id: DeploymentOptionId): DeploymentOption {
  return DEPLOYMENT_OPTIONS.find((o) => o.id === id)!;
}

const isBands = (v: unknown): v is readonly [number, number, number] =>
  Array.isArray(v) && v.length === 3 && v.every((x) => typeof x === "number");

function allowedText(o: DeploymentOption): LocalizedText {
  switch (o.kind) {
    case "choice":
      return t(o.choices.map((c) => c.value).join("、"), o.choices.map((c) => c.value).join(", "));
    case "bands":
      return t(
        `三个从高到低的分数，如 ${o.presets.map((p) => p.join("/")).join(" 或 ")}`,
        `three totals, highest first, e.g. ${o.presets.map((p) => p.join("/")).join(" or ")}`
      );
    case "percent": {
      const low = o.minExclusive ? `大于 ${o.min}` : `${o.min}`;
      const lowEn = o.minExclusive ? `above ${o.min}` : `${o.min}`;
      return t(`${low} 到 ${o.max} 之间的百分数`, `a percentage from ${lowEn} to ${o.max}`);
    }
  }
}

/** Why `value` is not allowed for option `o`, or null when it is. */
function problem(o: DeploymentOption, value: unknown): LocalizedText | null {
  let ok: boolean;
  switch (o.kind) {
    case "choice":
      ok = (o.choices as readonly { value: string }[]).some((c) => c.value === value);
      break;
    case "bands":
      ok =
        isBands(value) &&
        value.every((x) => Number.isFinite(x) && x > o.min && x <= o.max) &&
        value[0] >= value[1] &&
        value[1] >= value[2];
      break;
    case "percent":
      ok =
        typeof value === "number" &&
        Number.isFinite(value) &&
        (o.minExclusive ? value > o.min : value >= o.min) &&
        value <= o.max;
      break;
  }
  if (ok) return null;
  const allowed = allowedText(o);
  return t(
    `${o.flag}（${o.label.zh}）只能是 ${allowed.zh}`,
    `${o.flag} (${o.label.en}) must be ${allowed.en}`
  );
}

/** The value the option has under `options`: its default when unset (`auto` for the profile). */
export function optionValue(options: EvaluateOptions, id: DeploymentOptionId): OptionValue {
  const set = sanitizeOptions(options)[id];
  return set !== undefined ? set : describe(id).default;
}

/**
 * `options` with option `id` set to `value` (validated); setting a value equal to the default — or
 * `auto` for the profile — removes the key, so remembered settings hold only what was changed.
 */
export function withOptionValue(
  options: EvaluateOptions,
  id: DeploymentOptionId,
  value: OptionValue
): { options: EvaluateOptions } | { error: LocalizedText } {
  const o = describe(id);
  const why = problem(o, value);
  if (why) return { error: why };
  const next: Record<string, unknown> = { ...sanitizeOptions(options) };
  const isDefault = JSON.stringify(value) === JSON.stringify(o.default);
  if (isDefault) delete next[id];
  else next[id] = isBands(value) ? ([...value] as [number, number, number]) : value;
  return { options: next as EvaluateOptions };
}

/** A number as typed: `90`, `90%`, `８０` (full-width), never `90分` or ``. */
function numberText(s: string): number | null {
  const half = s.replace(/[\uff10-\uff19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  const m = /^\s*(\d+(?:\.\d+)?)\s*%?\s*$/.exec(half.replace(/．/g, "."));
  return m ? Number(m[1]) : null;
}

/** Parses an option as typed on a command line or in a text box (`80/70/60`, `85`, `deduct`). */
export function parseOptionText(
  id: DeploymentOptionId,
  text: string
): { value: OptionValue } | { error: LocalizedText } {
  const o = describe(id);
  let value: unknown = text.trim();
  if (o.kind === "bands") {
    const parts = text.split(/[/,，、\s]+/).filter((p) => p !== "");
    const nums = parts.map(numberText);
    value = nums.length === 3 && nums.every((n) => n !== null) ? nums : text;
  } else if (o.kind === "percent") {
    value = numberText(text) ?? text;
  }
  const why = problem(o, value);
  return why ? { error: why } : { value: value as OptionValue };
}

/**
 * EvaluateOptions from anything (remembered workbook settings, a JSON file): keeps the keys whose
 * values DEPLOYMENT_OPTIONS allows, drops the rest, never throws. `auto` means "not forced".
 */
export function sanitizeOptions(raw: unknown): EvaluateOptions {
  if (raw === null || typeof raw !== "object") return {};
  const out: Record<string, unknown> = {};
  for (const o of DEPLOYMENT_OPTIONS) {
    const v = (raw as Record<string, unknown>)[o.id];
    if (v === undefined || (o.id === "profile" && v === "auto")) continue;
    if (problem(o, v) === null) out[o.id] = isBands(v) ? [...v] : v;
  }
  return out as EvaluateOptions;
}
