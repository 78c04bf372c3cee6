// The cross-form flags in the terminal table: after the files, before the summary line.
import type { BatchFinding, Lang } from "../core";
import { displayWidth, wrap } from "./display-width";

const TITLE = { zh: "跨表提示", en: "Cross-form flags" };
const SEVERITY = {
  zh: { error: "错误", warning: "警告", info: "提示" },
  en: { error: "error", warning: "warning", info: "info" },
} as const;

/**
 * `跨表提示（2）` then each flag with its code and every form it concerns, one per line; the message
 * wraps to `width` columns with a hanging indent when a width is given (a terminal).
 */
export function formatBatch(batch: BatchFinding[], lang: Lang, width?: number): string {
  const out = [`${TITLE[lang]}${lang === "zh" ? `（${batch.length}）` : ` (${batch.length})`}`];
  for (const b of batch) {
    const head = `  ${SEVERITY[lang][b.severity]} ${b.code}  `;
    if (width === undefined) out.push(head + b.message[lang]);
    else {
      const lines = wrap(b.message[lang], width, 6, displayWidth(head));
      out.push(head + lines[0], ...lines.slice(1));
    }
    for (const f of b.forms) {
      const who = [f.unit, f.project].filter(Boolean).join(" / ");
      out.push(`      ${f.file}  ${f.sheet}!${f.cell}${who ? `  ${who}` : ""}`);
    }
  }
  return out.join("\n");
}
