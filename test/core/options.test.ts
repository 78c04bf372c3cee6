// EvaluateOptions reach the locator: a forced profile or other grade bands hold for the whole form,
// its total row and grade cell included, not only for the scores read afterwards.
import {
  DEPLOYMENT_OPTIONS,
  evaluate,
  optionValue,
  parseOptionText,
  sanitizeOptions,
  withOptionValue,
} from "../../src/core";
import { cleanForm, money, percent } from "../../testkit/fixtures/forms";
import { loadSpec } from "./load";

async function sheetsOf(layout: "central-2020" | "shanxi") {
  const { sheets } = await loadSpec({
    sheets: [{ name: "自评表", forms: [{ form: cleanForm(layout) }] }],
  });
  return sheets;
}

describe("evaluate(sheets, options)", () => {
  test("without options the profile is detected from the labels", async () => {
    const ev = evaluate(await sheetsOf("central-2020"));
    expect(ev.forms.map((f) => [f.profile, f.grade])).toEqual([["central-2020", null]]);
  });

  test("a forced profile is the one the total row is read under (its grade after the score)", async () => {
    const ev = evaluate(await sheetsOf("central-2020"), { profile: "shanxi" });
    const form = ev.forms[0];
    expect(form.profile).toBe("shanxi");
    // Shanxi forms carry the grade right after the total score: the central form's blank cell there
    // is now its grade cell, found by the locator and reported as missing.
    expect(form.grade).not.toBeNull();
    expect(form.findings.map((f) => f.code)).toContain("GRADE_MISSING");
  });

  test("grade bands of the deployment grade the total", async () => {
    const plain = evaluate(await sheetsOf("shanxi"));
    expect(plain.forms[0].computedGrade).toBe("优");
    expect(plain.forms[0].findings.map((f) => f.code)).not.toContain("GRADE_MISMATCH");
    const strict = evaluate(await sheetsOf("shanxi"), { gradeBands: [99.6, 90, 60] });
    expect(strict.forms[0].computedGrade).toBe("良");
    expect(strict.forms[0].findings.map((f) => f.code)).toContain("GRADE_MISMATCH");
  });

  test("both at once: the forced profile with the given bands", async () => {
    const ev = evaluate(await sheetsOf("shanxi"), {
      profile: "sichuan",
      gradeBands: [99.6, 90, 60],
    });
    expect([ev.forms[0].profile, ev.forms[0].computedGrade]).toEqual(["sichuan", "良"]);
  });
});

describe("DEPLOYMENT_OPTIONS: the options described for a settings panel", () => {
  test("every EvaluateOptions key is described once, with zh/en labels, a flag and a valid default", () => {
    const ids = DEPLOYMENT_OPTIONS.map((o) => o.id);
    expect(ids).toEqual([
      "profile",
      "gradeBands",
      "totalCap",
      "overachievePolicy",
      "overachievePercent",
      "reasonThresholdPercent",
    ]);
    for (const o of DEPLOYMENT_OPTIONS) {
      expect(o.label.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(o.label.en).toMatch(/[A-Za-z]{3}/);
      expect(o.help.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(o.flag).toMatch(/^--[a-z-]+$/);
      // The default is what the option reads as when unset, and a value it allows.
      expect(optionValue({}, o.id)).toEqual(o.default);
      expect("options" in withOptionValue({}, o.id, o.default)).toBe(true);
    }
  });

  test("text as typed: bands, percents, choices; bad text gets a zh/en reason", () => {
    expect(parseOptionText("gradeBands", "80/70/60")).toEqual({ value: [80, 70, 60] });
    expect(parseOptionText("gradeBands", "８０，７０，６０")).toEqual({ value: [80, 70, 60] });
    expect(parseOptionText("reasonThresholdPercent", "85%")).toEqual({ value: 85 });
    expect(parseOptionText("overachievePolicy", " deduct ")).toEqual({ value: "deduct" });
    for (const [id, text] of [
      ["gradeBands", "60/70/80"],
      ["gradeBands", "0/0/0"],
      ["overachievePercent", "100"],
      ["totalCap", "on"],
      ["profile", "hunan"],
    ] as const) {
      const r = parseOptionText(id, text);
      expect("error" in r && r.error.zh && r.error.en).toBeTruthy();
    }
  });

  test("withOptionValue keeps only what differs from the default; sanitizeOptions drops what is not allowed", () => {
    const set = withOptionValue({}, "gradeBands", [80, 70, 60]);
    expect(set).toEqual({ options: { gradeBands: [80, 70, 60] } });
    const back = withOptionValue((set as { options: object }).options, "gradeBands", [90, 80, 60]);
    expect(back).toEqual({ options: {} });
    expect(withOptionValue({ profile: "shanxi" }, "profile", "auto")).toEqual({ options: {} });
    expect("error" in withOptionValue({}, "totalCap", "sometimes")).toBe(true);
    // Remembered settings may be stale or hand-edited: never a crash, never a wrong value.
    expect(
      sanitizeOptions({
        profile: "auto",
        gradeBands: [60, 70, 80],
        totalCap: "execution-rate",
        overachievePolicy: "deduct",
        reasonThresholdPercent: "90",
        extra: 1,
      })
    ).toEqual({ totalCap: "execution-rate", overachievePolicy: "deduct" });
    expect(sanitizeOptions(null)).toEqual({});
    expect(sanitizeOptions("x")).toEqual({});
  });

  test("the core ignores values the description does not allow", async () => {
    const sheets = await sheetsOf("shanxi");
    const bad = evaluate(sheets, {
      gradeBands: [60, 80, 90] as unknown as [number, number, number],
    });
    expect(bad.forms[0].computedGrade).toBe("优");
  });
});

describe("the funding-reason threshold", () => {
  async function sichuanAt(executed: number) {
    const form = cleanForm("sichuan", {
      funding: {
        total: { executed: money(executed), rate: percent(executed / 100) },
      },
    });
    const sources = form.funding.sources.map((s, i) =>
      i === 0 ? { ...s, executed: money(executed) } : s
    );
    const { sheets } = await loadSpec({
      sheets: [
        { name: "自评表", forms: [{ form: { ...form, funding: { ...form.funding, sources } } }] },
      ],
    });
    return sheets;
  }
  const codes = (ev: ReturnType<typeof evaluate>) => ev.forms[0].findings.map((f) => f.code);

  test("85% needs a reason below 90% (default), not below 80%", async () => {
    const sheets = await sichuanAt(85);
    expect(codes(evaluate(sheets))).toContain("FUND_REASON_MISSING");
    expect(codes(evaluate(sheets, { reasonThresholdPercent: 80 }))).not.toContain(
      "FUND_REASON_MISSING"
    );
    expect(codes(evaluate(sheets, { reasonThresholdPercent: 0 }))).not.toContain(
      "FUND_REASON_MISSING"
    );
  });
});
