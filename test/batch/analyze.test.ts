// src/core/batch: the three cross-form flags, what they ignore, and their deterministic order.
import { analyzeBatch, MIN_COPIED_CHARS, textKey, type FileReport } from "../../src/core";
import { unitKey, comparableText } from "../../src/core/batch/normalize";
import { cleanForm, points, withIndicator } from "../../testkit/fixtures/forms";
import type { FormSpec } from "../../testkit/fixtures/spec";
import { COPIED_REASON } from "../../testkit/batch-folder";
import { reportOf, reportsOf } from "./helpers";
import { seedWorkbookSpec } from "../../testkit/fixtures/seed";

const codes = (files: FileReport[]) => analyzeBatch(files).map((b) => b.code);

/** A clean form of its own unit and project, with its own goal text (nothing shared by accident). */
function form(layout: FormSpec["layout"], unit: string, project: string): FormSpec {
  return cleanForm(layout, {
    unit,
    project,
    goals: {
      target: `${project}：全年按计划完成，达到年初设定的目标。`,
      actual: `${project}已完成。`,
    },
  });
}

const hundred = (f: FormSpec): FormSpec => ({ ...f, total: { ...f.total, score: points(100) } });

/** Distinct indicator names, so BATCH_SAME_INDICATORS stays out of a test about something else. */
function ownIndicators(f: FormSpec, tag: string): FormSpec {
  return { ...f, indicators: f.indicators.map((i) => ({ ...i, name: `${tag}${i.name}` })) };
}

describe("what the form report carries for the batch", () => {
  test.each(["shanxi", "central-2020", "sichuan"] as const)(
    "%s: unit, department, goals and each indicator's deviation text with its cell",
    async (layout) => {
      const spec = withIndicator(form(layout, "县委党校", "培训"), 1, {
        score: points(8),
        deviation: COPIED_REASON,
      });
      const [r] = await reportsOf([spec]);
      const f = r.forms[0];
      expect(f.unit).toBe("县委党校");
      expect(f.department).toBe(layout === "shanxi" ? "101-组织股" : "中共某某县委组织部");
      expect(f.goals).toEqual({
        target: "培训：全年按计划完成，达到年初设定的目标。",
        actual: "培训已完成。",
        cell: expect.stringMatching(/^B\d+$/),
      });
      expect(f.indicators[1].deviation).toBe(COPIED_REASON);
      expect(f.indicators[1].deviationCell).toMatch(/^[A-Z]+\d+$/);
      // "无" is a placeholder, not a reason: no deviation field at all.
      expect(f.indicators[0].deviation).toBeUndefined();
    }
  );

  test("the seed's forms: 预算单位 and 主管部门及代码 read from the published layout", async () => {
    const r = await reportOf("seed.xlsx", seedWorkbookSpec("stacked", "text"));
    expect(r.forms.map((f) => [f.unit, f.department])).toEqual([
      ["中国共产党大同市云州区委员会办公室", "904-行财股"],
      ["中国共产党大同市云州区委员会办公室", "904-行财股"],
      ["中国共产党大同市云州区委员会办公室", "908-预算股"],
    ]);
    expect(r.forms[0].goals?.target).toMatch(/^为完成脱贫攻坚任务/);
  });

  test("a blank 实施单位 is blank, not the next label", async () => {
    const [r] = await reportsOf([cleanForm("shanxi", { unit: "" })]);
    expect(r.forms[0].unit).toBeUndefined();
    expect(r.forms[0].department).toBe("101-组织股");
  });
});

describe("normalising", () => {
  test("spacing, punctuation and width do not make another text", () => {
    expect(textKey("受疫情影响，部分 培训班次延期。")).toBe(textKey("受疫情影响部分培训班次延期"));
    expect(textKey("ＡＢＣ（一）")).toBe(textKey("abc一"));
  });

  test(`placeholders and texts under ${MIN_COPIED_CHARS} characters are not compared`, () => {
    for (const t of ["无", "—", "暂无", "同上", "按计划完成", "受疫情影响，项目延期"]) {
      expect(comparableText(t)).toBeNull();
    }
    expect(comparableText("一二三四五六七八九十一二三四五")).not.toBeNull();
    expect(comparableText("一二三四五六七八九十一二三四")).toBeNull();
  });

  test("a unit's code and brackets are not its name", () => {
    expect(unitKey("101-组织股")).toBe(unitKey("组织股"));
    expect(unitKey("县委党校[123001]")).toBe(unitKey("县委党校"));
    expect(unitKey("[105]教育部")).toBe(unitKey("教育部"));
    expect(unitKey("县委党校")).not.toBe(unitKey("县档案馆"));
  });
});

describe("BATCH_UNIT_ALL_FULL_MARKS", () => {
  test("two projects of one unit, both 100: one flag naming both totals", async () => {
    const files = await reportsOf([
      hundred(ownIndicators(form("shanxi", "县委党校", "培训"), "甲")),
      hundred(ownIndicators(form("central-2020", " 县委党校 ", "远程教育"), "乙")),
    ]);
    const [flag, ...rest] = analyzeBatch(files);
    expect(rest).toEqual([]);
    expect(flag.code).toBe("BATCH_UNIT_ALL_FULL_MARKS");
    expect(flag.severity).toBe("warning");
    expect(flag.message.zh).toContain("县委党校");
    expect(flag.forms.map((f) => [f.file, f.cell])).toEqual([
      ["a.xlsx", files[0].forms[0].total.cell],
      ["b.xlsx", files[1].forms[0].total.cell],
    ]);
  });

  test("not when one project of the unit is below 100, nor for a unit with one project", async () => {
    const files = await reportsOf([
      hundred(ownIndicators(form("shanxi", "县委党校", "培训"), "甲")),
      ownIndicators(form("central-2020", "县委党校", "远程教育"), "乙"),
      hundred(ownIndicators(form("sichuan", "县档案馆", "档案"), "丙")),
    ]);
    expect(codes(files)).toEqual([]);
  });
});

describe("BATCH_TEXT_COPIED", () => {
  const withReason = (f: FormSpec, reason: string) =>
    withIndicator(f, 1, { score: points(8), deviation: reason });

  test("the same reason in two projects, written with other punctuation: one flag", async () => {
    const files = await reportsOf([
      withReason(ownIndicators(form("shanxi", "县委党校", "培训"), "甲"), COPIED_REASON),
      withReason(
        ownIndicators(form("sichuan", "县档案馆", "档案"), "乙"),
        COPIED_REASON.replace(/，/g, " ").replace("。", "")
      ),
    ]);
    const flags = analyzeBatch(files);
    expect(flags.map((f) => f.code)).toEqual(["BATCH_TEXT_COPIED"]);
    expect(flags[0].message.zh).toContain("偏差原因");
    expect(flags[0].forms.map((f) => f.cell)).toEqual([
      files[0].forms[0].indicators[1].deviationCell,
      files[1].forms[0].indicators[1].deviationCell,
    ]);
  });

  test("a copied 年度总体目标 is flagged as a goal", async () => {
    const goal = {
      target: "全年完成干部教育培训班10期，培训干部500人次，提升干部履职能力。",
      actual: "完成。",
    };
    const files = await reportsOf([
      ownIndicators(cleanForm("shanxi", { unit: "甲", project: "一", goals: goal }), "甲"),
      ownIndicators(cleanForm("sichuan", { unit: "乙", project: "二", goals: goal }), "乙"),
    ]);
    const [flag] = analyzeBatch(files);
    expect(flag.code).toBe("BATCH_TEXT_COPIED");
    expect(flag.message.zh).toContain("年度总体目标");
  });

  test("not for one project in two files (a resubmission), nor for short or placeholder texts", async () => {
    const same = withReason(ownIndicators(form("shanxi", "县委党校", "培训"), "甲"), COPIED_REASON);
    expect(codes(await reportsOf([same, same]))).toEqual([]);
    const short = await reportsOf([
      withReason(ownIndicators(form("shanxi", "县委党校", "培训"), "甲"), "受疫情影响"),
      withReason(ownIndicators(form("sichuan", "县档案馆", "档案"), "乙"), "受疫情影响"),
    ]);
    expect(codes(short)).toEqual([]);
  });
});

describe("BATCH_SAME_INDICATORS", () => {
  test("two units, the same seven indicators: one info naming the three forms", async () => {
    const files = await reportsOf([
      form("shanxi", "县委党校", "培训"),
      form("central-2020", "县委党校", "远程教育"),
      form("sichuan", "县档案馆", "档案"),
    ]);
    const flags = analyzeBatch(files);
    expect(flags.map((f) => [f.code, f.severity])).toEqual([["BATCH_SAME_INDICATORS", "info"]]);
    expect(flags[0].forms.map((f) => f.file)).toEqual(["a.xlsx", "b.xlsx", "c.xlsx"]);
    expect(flags[0].message.en).toMatch(/3 forms of 2 units use exactly the same 7 indicators/);
  });

  test("not for forms that name no unit (the same project in two files looks the same)", async () => {
    const files = await reportsOf([
      cleanForm("shanxi", { unit: "", department: "" }),
      cleanForm("sichuan", { unit: "", department: "" }),
    ]);
    expect(files.map((f) => f.forms[0].unit ?? "")).toEqual(["", ""]);
    expect(codes(files)).toEqual([]);
  });

  test("not within one unit, nor when one form has an indicator more", async () => {
    const oneUnit = await reportsOf([
      form("shanxi", "县委党校", "培训"),
      form("sichuan", "县委党校", "档案"),
    ]);
    expect(codes(oneUnit)).toEqual([]);
    const base = form("sichuan", "县档案馆", "档案");
    const more = {
      ...base,
      indicators: [...base.indicators, { ...base.indicators[0], name: "档案数字化率" }],
    };
    expect(codes(await reportsOf([form("shanxi", "县委党校", "培训"), more]))).toEqual([]);
  });
});

describe("order", () => {
  test("by code, then by first form; the same reports always give the same flags", async () => {
    const files = await reportsOf([
      withIndicator(hundred(form("shanxi", "县委党校", "培训")), 1, {
        score: points(8),
        deviation: COPIED_REASON,
      }),
      hundred(form("central-2020", "县委党校", "远程教育")),
      withIndicator(form("sichuan", "县档案馆", "档案"), 3, {
        score: points(9),
        deviation: COPIED_REASON,
      }),
    ]);
    const once = analyzeBatch(files);
    expect(once.map((f) => f.code)).toEqual([
      "BATCH_UNIT_ALL_FULL_MARKS",
      "BATCH_TEXT_COPIED",
      "BATCH_SAME_INDICATORS",
    ]);
    expect(JSON.stringify(analyzeBatch(structuredClone(files)))).toBe(JSON.stringify(once));
    // Reversed input: the forms of each flag follow the input order.
    const reversed = analyzeBatch([...files].reverse());
    expect(reversed[1].forms.map((f) => f.file)).toEqual(["c.xlsx", "a.xlsx"]);
  });

  test("no forms, unreadable files: no flags", () => {
    const bad: FileReport = {
      file: "x.xlsx",
      forms: [],
      error: { code: "CORRUPT", message: { zh: "坏", en: "bad" } },
    };
    expect(analyzeBatch([bad])).toEqual([]);
  });
});
