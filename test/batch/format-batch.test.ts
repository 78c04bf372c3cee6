// The 跨表提示 section of the terminal table: each flag, its forms, wrapped to the terminal.
import { displayWidth } from "../../src/cli/display-width";
import { formatBatch } from "../../src/cli/format-batch";
import type { BatchFinding } from "../../src/core";

const flag: BatchFinding = {
  code: "BATCH_UNIT_ALL_FULL_MARKS",
  severity: "warning",
  message: {
    zh: "单位“县委党校”的 2 个项目自评总分全部为 100 分：请核实各项目的完成情况是否都支持满分，扣分是否如实",
    en: "All 2 projects of “县委党校” self-scored 100: check that every project's results support full marks",
  },
  forms: [
    { file: "甲/a.xlsx", sheet: "自评表", cell: "I25", project: "培训", unit: "县委党校" },
    { file: "甲/b.xlsx", sheet: "自评表", cell: "H20", project: "远程教育", unit: "" },
  ],
};

test("one line per flag and per form, unwrapped without a width", () => {
  expect(formatBatch([flag], "zh").split("\n")).toEqual([
    "跨表提示（1）",
    `  警告 BATCH_UNIT_ALL_FULL_MARKS  ${flag.message.zh}`,
    "      甲/a.xlsx  自评表!I25  县委党校 / 培训",
    "      甲/b.xlsx  自评表!H20  远程教育",
  ]);
  expect(formatBatch([flag], "en").split("\n")[0]).toBe("Cross-form flags (1)");
});

test("on a terminal the message wraps under a hanging indent, no line wider than it", () => {
  const lines = formatBatch([flag], "zh", 60).split("\n");
  expect(lines.length).toBeGreaterThan(4);
  for (const l of lines) expect(displayWidth(l)).toBeLessThanOrEqual(60);
  expect(lines[2].startsWith("      ")).toBe(true);
});
