// The rule registry: every rule file registered once, tested, messaged in zh and en alike, matching the
// one list of finding codes (src/core/codes.ts) and the report contract (docs/report.md).
import { readdirSync, existsSync } from "fs";
import * as path from "path";
import { BATCH_CODES, FINDING_CODES } from "../../../src/core/codes";
import { BATCH_CHECKS } from "../../../src/core/batch";
import { RULES } from "../../../src/core/rules";
import type { Rule } from "../../../src/core/rules/rule";
import { placeholders } from "../../../src/core/i18n/render";

const RULES_DIR = path.join(__dirname, "../../../src/core/rules");
const HELPERS = new Set([
  "rule.ts",
  "run.ts",
  "index.ts",
  "format.ts",
  "indicator-cells.ts",
  "fund-cells.ts",
  "target-cells.ts",
]);

/**
 * The finding codes the JSON report v1 promises (docs/report.md), in its order: pinned here so that a
 * code is added or renamed on purpose, in the list and in the contract at once.
 */
const CONTRACT_CODES = [
  "FORM_NOT_FOUND",
  "FORM_INCOMPLETE",
  "FORM_UNFILLED",
  "FUND_NOT_NUMBER",
  "FUND_NEGATIVE",
  "FUND_SOURCES_SUM",
  "FUND_BALANCE",
  "FUND_RATE",
  "FUND_OVERSPENT",
  "FUND_SCORE",
  "IND_INCOMPLETE",
  "IND_BREAKDOWN_SUM",
  "IND_VALUE_UNPARSED",
  "IND_ACTUAL_COMPARATOR",
  "IND_UNIT_MISMATCH",
  "IND_UNIT_CONVERTED",
  "IND_SCORE_MISSING",
  "IND_SCORE_INVALID",
  "IND_SCORE_OVER_WEIGHT",
  "IND_SCORE_MISMATCH",
  "IND_SCORE_OUT_OF_BAND",
  "IND_TARGET_MISSED",
  "IND_DEVIATION_MISSING",
  "IND_OVERACHIEVED",
  "IND_ACTUAL_NOT_MEASURED",
  "FULL_MARKS_UNDER_EXECUTION",
  "FUND_REASON_MISSING",
  "WEIGHT_TOTAL",
  "WEIGHT_SPLIT",
  "TOTAL_MISSING",
  "TOTAL_MISMATCH",
  "GRADE_MISSING",
  "GRADE_MISMATCH",
  "FORMULA_RESULT_MISMATCH",
  // Added with "recompute never makes a correct form wrong": readings the contract did not foresee.
  "IND_BREAKDOWN_WEIGHTED",
  "IND_SUBTOTAL_SUM",
  "IND_WEIGHT_MERGED",
  "IND_FRACTION_AS_PERCENT",
  "WEIGHT_AS_PERCENT",
  // Issue 9: a cell showing #REF!, #DIV/0! … has a code of its own.
  "CELL_ERROR_VALUE",
  // Added with issue 10: deployment options and indicator quality.
  "TOTAL_OVER_CAP",
  "TOTAL_ALL_FULL_MARKS",
  "FUND_BUDGET_CHANGED",
  "IND_COST_GE",
  "IND_PLACEHOLDER",
  "IND_PERCENT_OVER_FULL",
  "IND_DATE_OUT_OF_YEAR",
  "IND_DUPLICATE_ACROSS_GROUPS",
  // Added with issue 13: the 自评表 against its target form (docs/targets.md).
  "TARGET_IND_MISSING",
  "TARGET_IND_ADDED",
  "TARGET_VALUE_CHANGED",
  "TARGET_WEIGHT_CHANGED",
  "TARGET_BUDGET_MISMATCH",
  "TARGET_BUDGET_BLANK",
  "TARGET_FORM_EMPTY",
  "TARGET_UNPAIRED",
  // Issue 13: flags across the forms of a batch (src/core/batch, not the per-form registry).
  "BATCH_UNIT_ALL_FULL_MARKS",
  "BATCH_TEXT_COPIED",
  "BATCH_SAME_INDICATORS",
];

/** The contract's codes a single form reports: every one but the cross-form flags. */
const FORM_CODES = CONTRACT_CODES.filter((c) => !(BATCH_CODES as readonly string[]).includes(c));

/** The severities the contract allows each code (the rule's default must be one of them). */
const SEVERITIES: Record<string, string[]> = {
  FUND_RATE: ["error", "info"],
  FUND_SCORE: ["error", "warning"],
  IND_INCOMPLETE: ["error", "warning"],
  IND_SCORE_MISMATCH: ["error", "warning", "info"],
  IND_TARGET_MISSED: ["warning", "info"],
  IND_OVERACHIEVED: ["info", "warning"],
};

const kebab = (code: string) => code.toLowerCase().replace(/_/g, "-");
const ruleFiles = readdirSync(RULES_DIR)
  .filter((f) => f.endsWith(".ts") && !HELPERS.has(f))
  .sort();

describe("rule registry", () => {
  test("every rule file is registered, under the code its name spells", () => {
    const registered = RULES.map((r) => `${kebab(r.code)}.ts`).sort();
    expect(registered).toEqual(ruleFiles);
  });

  test.each(ruleFiles)("%s exports the registered rule", (file) => {
    const mod = require(path.join(RULES_DIR, file)) as Record<string, unknown>;
    const exported = Object.values(mod).filter((v): v is Rule => RULES.includes(v as Rule));
    expect(exported).toHaveLength(1);
    expect(`${kebab(exported[0].code)}.ts`).toBe(file);
  });

  test("no code is registered twice", () => {
    const codes = RULES.map((r) => r.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  test("the registry is sorted by file name", () => {
    const names = RULES.map((r) => kebab(r.code));
    expect(names).toEqual([...names].sort());
  });

  test("the registered codes are the contract's 34 codes and the 22 added since", () => {
    expect(FORM_CODES).toHaveLength(56);
    expect(RULES.map((r) => r.code).sort()).toEqual([...FORM_CODES].sort());
  });

  test("the 3 cross-form codes each have one batch check, in BATCH_CODES order", () => {
    expect(CONTRACT_CODES).toHaveLength(59);
    expect(BATCH_CHECKS.map((c) => c.code)).toEqual([...BATCH_CODES]);
  });

  test("FINDING_CODES, which FindingCode derives from, is the contract's list in its order", () => {
    expect([...FINDING_CODES]).toEqual(CONTRACT_CODES);
  });

  test("every code of FINDING_CODES has exactly one registered rule (or batch check)", () => {
    const registered = [...RULES.map((r) => r.code), ...BATCH_CHECKS.map((c) => c.code)];
    for (const code of FINDING_CODES)
      expect({ code, rules: registered.filter((c) => c === code).length }).toEqual({
        code,
        rules: 1,
      });
  });

  test.each(ruleFiles)("%s has its test file", (file) => {
    expect(existsSync(path.join(__dirname, file.replace(/\.ts$/, ".test.ts")))).toBe(true);
  });

  test.each([...RULES])("$code: default severity is one the contract gives it", (rule) => {
    const allowed = SEVERITIES[rule.code];
    if (allowed) expect(allowed).toContain(rule.severity);
    else expect(["error", "warning", "info"]).toContain(rule.severity);
  });

  test.each([...RULES])(
    "$code: FORM_NOT_FOUND alone is a sheet rule, TARGET_* target rules",
    (rule) => {
      const scope =
        rule.code === "FORM_NOT_FOUND"
          ? "sheet"
          : rule.code.startsWith("TARGET_")
            ? "targets"
            : "form";
      expect(rule.scope).toBe(scope);
    }
  );
});

describe("zh/en message parity", () => {
  const variants = RULES.flatMap((rule) =>
    Object.entries(rule.messages).map(([variant, text]) => ({
      name: `${rule.code}.${variant}`,
      text,
    }))
  );

  test.each(variants)("$name: both languages written", ({ text }) => {
    expect(text.zh.trim()).not.toBe("");
    expect(text.en.trim()).not.toBe("");
    // The zh text is Chinese, the en text is not.
    expect(text.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(text.en).toMatch(/[A-Za-z]{3}/);
  });

  test.each(variants)("$name: the same {placeholders}", ({ text }) => {
    expect(placeholders(text.en)).toEqual(placeholders(text.zh));
  });

  test.each([...RULES])("$code: at least one message", (rule) => {
    expect(Object.keys(rule.messages).length).toBeGreaterThan(0);
  });
});
