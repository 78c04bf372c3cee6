// Locator step: the form head above a header row: title, 项目名称 and its value, 年度, anchor.
import type { RC } from "../grid/address";
import type { Grid } from "../grid/grid";
import type { Header } from "./header-rows";
import { isTitleLabel, PROJECT_LABELS } from "./labels";
import type { LabelIndex } from "./scan";

/** A 部门整体支出绩效自评表: a department's whole spending, not a project (docs/rules.md §1). */
const DEPARTMENT_TITLE = /部门整体|整体支出绩效/;
/** Where a department form names its department (it has no 项目名称). */
const DEPARTMENT_NAME_LABELS = ["部门名称", "单位名称", "部门(单位)名称", "预算部门名称"];

export interface FormHead {
  kind: "project" | "department";
  /** The topmost row that belongs to the form (its title, 项目名称 or department row). */
  top: number;
  project: string;
  year: number | null;
  /** Where a form-level finding points: the 项目名称 label, else the title, else the header. */
  anchor: RC;
}

const YEAR = /((?:19|20)\d{2})\s*年度?/;

/** How far above its first header a form's head may reach. */
const HEAD_ROWS = 12;

/** The first filled cell right of a 项目名称 label (past its merge): the project's name. */
function projectValue(grid: Grid, r: number, labelCol: number, right: number): string {
  for (let c = (grid.merge(r, labelCol)?.right ?? labelCol) + 1; c <= right; c++) {
    const t = grid.text(r, c);
    if (t) return t;
  }
  return "";
}

/**
 * Reads the rows above `header` (not above `floor`, where the form above ends) in the header's
 * columns, bottom up.
 */
export function readFormHead(
  grid: Grid,
  labels: LabelIndex,
  header: Header,
  floor: number
): FormHead {
  let top = header.row;
  let project = "";
  let year: number | null = null;
  let anchor = { r: header.row, c: header.left };
  let kind: FormHead["kind"] = "project";
  let department = "";
  let departmentAt: RC | null = null;
  for (let r = header.row - 1; r >= Math.max(floor, header.row - HEAD_ROWS); r--) {
    const cells = (labels.get(r) ?? []).filter((x) => x.c >= header.left && x.c <= header.right);
    let belongs = false;
    for (const cell of cells) {
      if (PROJECT_LABELS.includes(cell.label)) {
        belongs = true;
        // Read bottom up, the topmost 项目名称 with a value wins; one without a value clears nothing.
        project = projectValue(grid, r, cell.c, header.right) || project;
        anchor = { r, c: cell.c };
      }
      const isTitle = isTitleLabel(cell.label);
      if (isTitle && DEPARTMENT_TITLE.test(cell.label)) kind = "department";
      if (DEPARTMENT_NAME_LABELS.includes(cell.label)) {
        belongs = true;
        department = projectValue(grid, r, cell.c, header.right) || department;
        departmentAt = { r, c: cell.c };
      }
      // Only short cells count: the analysis text of the form above also mentions years and units.
      const short = cell.label.length <= 16;
      if (
        isTitle ||
        (short && (YEAR.test(cell.raw) || /主管部门|预算单位|实施单位|项目单位/.test(cell.label)))
      ) {
        belongs = true;
      }
      if (year === null && YEAR.test(cell.raw) && (isTitle || cell.raw.length <= 16)) {
        year = Number(YEAR.exec(cell.raw)![1]);
      }
      if (isTitle && !project) anchor = { r, c: cell.c };
    }
    if (belongs) top = r;
  }
  if (kind === "department" && !project) {
    project = department;
    if (departmentAt) anchor = departmentAt;
  }
  return { kind, top, project, year, anchor };
}
