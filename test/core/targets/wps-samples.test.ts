// The WPS export (../shared/samples/wps/, read through testkit/samples.ts and src/files): its 执行监控表
// sets 13 indicators and 年初预算数 190 万元; its 自评表 keeps 3 of them and an empty funding row.
import * as fs from "fs";
import { evaluate } from "../../../src/core";
import { readWorkbook } from "../../../src/files";
import { wpsSample, wpsSamplesPresent, type WpsSample } from "../../../testkit/samples";
import { findings, targetFindings } from "./harness";

const sheetsOf = (name: WpsSample) =>
  readWorkbook(new Uint8Array(fs.readFileSync(wpsSample(name))), name).sheets;

const MONITOR = "项目支出绩效目标执行监控";
const DECLARE = "项目支出绩效目标申报表";
const SELF = "项目支出绩效自评表";

(wpsSamplesPresent() ? describe : describe.skip)(
  "the WPS samples against their target forms",
  () => {
    // The 执行监控表 holds 14 indicator rows (D22:D35; LibreOffice's CSV of the sheet shows the same 14),
    // not the 13 the sample's notes count: with 3 kept on the 自评表, 11 are missing, 校园用户满意度
    // (row 35) among them.
    test("the export: exactly the 11 indicators its 自评表 dropped, and the empty funding row against 190 万元", () => {
      const ev = evaluate(sheetsOf("project-library-export.xls"));
      const found = targetFindings(ev);
      const missing = found.filter((f) => f.code === "TARGET_IND_MISSING");
      expect(missing.map((f) => f.expected)).toEqual([
        "成本控制率",
        "项目完成及时率",
        "媒体播出",
        "完成出版物出版",
        "完成动画短剧的制作",
        "媒体播出标准",
        "音像出版标准",
        "中国足球运动打好基础",
        "提高校园青少年足球水平",
        "在校园推广足球运动",
        "校园用户满意度",
      ]);
      expect(missing.map((f) => f.cell)).toEqual([
        "D23",
        "D24",
        "D25",
        "D26",
        "D27",
        "D28",
        "D29",
        "D31",
        "D32",
        "D33",
        "D35",
      ]);
      expect(missing.every((f) => f.sheet === MONITOR && f.severity === "warning")).toBe(true);
      const blank = found.filter((f) => f.code === "TARGET_BUDGET_BLANK");
      expect(blank.map((f) => [f.sheet, f.cell, f.expected])).toEqual([[SELF, "E7", "190"]]);
      expect(blank[0].message.zh).toBe(
        `年初预算数未填写；绩效目标执行监控表（${MONITOR}!H8）的年度资金总额为 190万元`
      );
      // The 申报表 holds its headers only: said, nothing compared with it.
      const rest = found.filter(
        (f) => !["TARGET_IND_MISSING", "TARGET_BUDGET_BLANK"].includes(f.code)
      );
      expect(rest.map((f) => [f.code, f.sheet, f.severity])).toEqual([
        ["TARGET_FORM_EMPTY", DECLARE, "info"],
      ]);
    });

    test("the export's target forms are no 自评表: no FORM_INCOMPLETE, no FORM_NOT_FOUND on their sheets", () => {
      const ev = evaluate(sheetsOf("project-library-export.xls"));
      expect(ev.forms.map((f) => f.sheet)).toEqual([SELF]);
      const onTargets = findings(ev).filter(
        (f) => (f.sheet === MONITOR || f.sheet === DECLARE) && !f.code.startsWith("TARGET_")
      );
      expect(onTargets).toEqual([]);
    });

    test("the cross-check writes nothing: the recompute is the 自评表's alone", () => {
      const sheets = sheetsOf("project-library-export.xls");
      const alone = evaluate(sheets.filter((s) => s.name === SELF));
      expect(evaluate(sheets).writes).toEqual(alone.writes);
    });

    test("the template (its 自评表's indicator rows removed): no warning, only what there is to say", () => {
      const found = targetFindings(evaluate(sheetsOf("project-library-template.xls")));
      expect(found.map((f) => [f.code, f.sheet, f.severity])).toEqual([
        ["TARGET_FORM_EMPTY", SELF, "info"],
        ["TARGET_FORM_EMPTY", DECLARE, "info"],
      ]);
    });
  }
);
