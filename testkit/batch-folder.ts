// A reviewer's inbox as a folder: units' workbooks in sub-folders, with the cross-form patterns
// (all-100 unit, copied reason and goal, one indicator set in two units), unreadable files and the
// clutter a real folder holds (lock files, hidden files, a Word document). Tests and bench/batch.ts.
import { promises as fs } from "fs";
import * as path from "path";
import { buildXlsx } from "./fixtures/build";
import { cleanForm, points, withIndicator } from "./fixtures/forms";
import { mistakesForm } from "./fixtures/mistakes";
import { seedWorkbookSpec } from "./fixtures/seed";
import type { FormSpec, WorkbookSpec } from "./fixtures/spec";

/** The text two projects share word for word (BATCH_TEXT_COPIED). */
export const COPIED_REASON = "受疫情影响，部分培训班次延期举办，下一年度将提前谋划并加强过程监控。";

const oneForm = (form: FormSpec, name = "自评表"): WorkbookSpec => ({
  sheets: [{ name, forms: [{ form }] }],
});

const goals = (what: string) => ({
  target: `全年完成${what}，达到年初设定的各项目标。`,
  actual: `已完成${what}。`,
});

/** The readable workbooks of the folder, by path inside it. */
export function batchWorkbooks(): [string, WorkbookSpec][] {
  const training = withIndicator(
    cleanForm("shanxi", {
      unit: "县委党校",
      project: "干部教育培训经费",
      goals: goals("干部教育培训班10期"),
      total: { score: points(100) },
    }),
    1,
    { score: points(8), deviation: COPIED_REASON }
  );
  const remote = cleanForm("central-2020", {
    unit: "县委党校",
    project: "党员远程教育经费",
    goals: goals("远程教育站点维护30个"),
    total: { score: points(100) },
  });
  const archive = withIndicator(
    cleanForm("sichuan", {
      unit: "县档案馆",
      department: "县委办公室",
      project: "档案数字化经费",
      goals: goals("档案数字化2万卷"),
    }),
    3,
    { score: points(9), deviation: COPIED_REASON }
  );
  return [
    ["单位甲/培训经费.xlsx", oneForm(training)],
    ["单位甲/远程教育.xlsx", oneForm(remote)],
    ["单位乙/档案数字化.xlsx", oneForm(archive)],
    ["单位乙/有错误的表.xlsx", oneForm(mistakesForm("sichuan"), "有错误的表")],
    ["单位丙/三张表.xlsx", seedWorkbookSpec("stacked", "text")],
    ["单位丙/说明.xlsx", { sheets: [{ name: "说明", forms: [], extraCells: { A1: "填报说明" } }] }],
  ];
}

const CFB = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** Files that are rows with a reason, and entries the walk skips. */
export const BATCH_CLUTTER: [string, Buffer][] = [
  ["单位丁/损坏.xlsx", Buffer.from("PK\u0003\u0004 cut short, not a zip")],
  ["单位丁/加密.xlsx", Buffer.concat([CFB, Buffer.from("encrypted package stand-in")])],
  ["单位丁/~$培训经费.xlsx", Buffer.from("lock")],
  ["单位丁/.隐藏.xlsx", Buffer.from("hidden")],
  ["单位丁/报送说明.docx", Buffer.from("not a workbook")],
];

/** Writes the folder under `dir` (created as needed). */
export async function writeBatchFolder(dir: string): Promise<void> {
  for (const [rel, spec] of batchWorkbooks()) {
    await fs.mkdir(path.dirname(path.join(dir, rel)), { recursive: true });
    await fs.writeFile(path.join(dir, rel), await buildXlsx(spec));
  }
  for (const [rel, bytes] of BATCH_CLUTTER) {
    await fs.mkdir(path.dirname(path.join(dir, rel)), { recursive: true });
    await fs.writeFile(path.join(dir, rel), bytes);
  }
}
