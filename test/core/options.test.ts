// EvaluateOptions reach the locator: a forced profile or other grade bands hold for the whole form,
// its total row and grade cell included, not only for the scores read afterwards.
import { evaluate } from "../../src/core";
import { cleanForm } from "../../testkit/fixtures/forms";
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
