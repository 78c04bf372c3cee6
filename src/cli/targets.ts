// `--targets FILE`: the workbook holding the target forms (申报表 / 执行监控表) the checked files are
// compared with (docs/targets.md); read once through src/files, as check reads any workbook.
import { findTargetForms, type LocalizedText, type TargetBook } from "../core";
import { CliError } from "./errors";
import { readForCheck, sheetsToCheck } from "./read-input";

const words = {
  unreadable: (file: string, why: LocalizedText): LocalizedText => ({
    zh: `--targets ${file}：${why.zh}`,
    en: `--targets ${file}: ${why.en}`,
  }),
  none: (file: string): LocalizedText => ({
    zh: `--targets ${file}：没有找到绩效目标申报表或执行监控表（绩效指标表头下只有指标值的表），未检查任何文件`,
    en: `--targets ${file}: no target form (绩效目标申报表 / 执行监控表: indicators with targets only) found; nothing was checked`,
  }),
};

/**
 * The target workbook's visible sheets, named as messages name its cells. A file that cannot be read,
 * or holds no target form, stops the run before any file is checked: the cross-check the user asked
 * for could not be made.
 */
export async function loadTargets(file: string): Promise<TargetBook> {
  let sheets;
  try {
    sheets = sheetsToCheck(await readForCheck(file));
  } catch (err) {
    if (err instanceof CliError) throw new CliError(err.code, words.unreadable(file, err.text));
    throw err;
  }
  if (!findTargetForms(sheets).length) throw new CliError("NO_TARGET_FORM", words.none(file));
  return { file, sheets };
}
