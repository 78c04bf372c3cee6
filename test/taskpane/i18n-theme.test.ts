// Pane strings: zh/en parity and language choice; theme choice from Office's background colour.
import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { langFromDisplayLanguage, strings } from "../../src/taskpane/i18n";
import { luminance, themeFor } from "../../src/taskpane/theme";
import { cellRef } from "../../src/taskpane/format";

function leaves(value: unknown, path = ""): [string, string][] {
  if (typeof value === "string") return [[path, value]];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) =>
    leaves(v, path ? `${path}.${k}` : k)
  );
}

describe("i18n", () => {
  test("zh and en have the same keys and no empty string (grades are an en-only lookup)", () => {
    const zh = leaves(strings.zh).filter(([k]) => !k.startsWith("grades"));
    const en = leaves(strings.en).filter(([k]) => !k.startsWith("grades"));
    expect(en.map(([k]) => k)).toEqual(zh.map(([k]) => k));
    for (const [, text] of [...zh, ...en]) expect(text.trim()).not.toBe("");
  });

  test("English strings contain no Chinese except the switch back and the form's own words", () => {
    const cjk = leaves(strings.en).filter(
      ([k, v]) => !k.startsWith("grades") && /[\u4e00-\u9fff]/.test(v)
    );
    // The headers the checker looks for and the grade names are quoted as the form spells them.
    expect(cjk.map(([k]) => k).sort()).toEqual([
      "gradeBands",
      "gradeBandsHint",
      "languageToggle",
      "languageToggleLabel",
      "noFormBody",
    ]);
  });

  test.each([
    ["zh", "zh-CN"],
    ["zh", "zh-TW"],
    ["zh", "ZH-hk"],
    ["en", "en-US"],
    ["en", "fr-FR"],
    ["zh", undefined],
    ["zh", ""],
  ])("%s for display language %p", (expected, tag) => {
    expect(langFromDisplayLanguage(tag)).toBe(expected);
  });
});

describe("theme", () => {
  test.each([
    [webLightTheme, "#FFFFFF"],
    [webLightTheme, "#e6e6e6"],
    [webDarkTheme, "#262626"],
    [webDarkTheme, "#000"],
    [webDarkTheme, "#444444"],
    [webLightTheme, undefined],
    [webLightTheme, "not a colour"],
  ])("picks the right theme for %#", (expected, color) => {
    expect(themeFor(color)).toBe(expected);
  });

  test("luminance of white is 1 and of black 0", () => {
    expect(luminance("#ffffff")).toBeCloseTo(1);
    expect(luminance("#000000")).toBe(0);
    expect(luminance(null)).toBeNull();
  });
});

describe("format", () => {
  test.each([
    ["Sheet1!B7", "Sheet1", "B7"],
    ["项目支出绩效自评表!I40", "项目支出绩效自评表", "I40"],
    ["'My sheet'!A1", "My sheet", "A1"],
    ["'O''Brien'!A1", "O'Brien", "A1"],
    ["'2022'!A1", "2022", "A1"],
  ])("cellRef → %s", (expected, sheet, cell) => {
    expect(cellRef(sheet, cell)).toBe(expected);
  });
  // Percentages and the entered-vs-computed comparison are the core's: test/core/present/.
});
