// The batch report as one self-contained HTML page: no script, no external file, print CSS for A4
// landscape with the table headers repeated on every page; the same tables as the .xlsx.
import { escapeHtml, formatPercent } from "../core";
import type { BatchReport, Cell, Column, Table } from "./report-rows";

function shown(value: Cell, kind: Column["kind"]): string {
  if (value === null) return "";
  if (typeof value === "number" && kind === "percent") return formatPercent(String(value)) ?? "";
  return String(value);
}

const numericKinds = new Set<Column["kind"]>(["number", "percent", "count"]);

function table(t: Table, lang: BatchReport["lang"], id: string): string {
  const head = t.columns.map((c) => `<th scope="col">${escapeHtml(c.header[lang])}</th>`).join("");
  const empty = lang === "zh" ? "（无）" : "(none)";
  const rows = t.rows.length
    ? t.rows
        .map((row) => {
          const cells = row.map((v, i) => {
            const kind = t.columns[i].kind;
            const cls = numericKinds.has(kind)
              ? ' class="num"'
              : kind === "wrap"
                ? ' class="wrap"'
                : "";
            return `<td${cls}>${escapeHtml(shown(v, kind))}</td>`;
          });
          return `<tr>${cells.join("")}</tr>`;
        })
        .join("\n")
    : `<tr><td colspan="${t.columns.length}">${empty}</td></tr>`;
  return [
    `<section id="${id}">`,
    `<h2>${escapeHtml(t.name[lang])}（${t.rows.length}）</h2>`,
    `<table>`,
    `<thead><tr>${head}</tr></thead>`,
    `<tbody>`,
    rows,
    `</tbody>`,
    `</table>`,
    `</section>`,
  ].join("\n");
}

const CSS = `
body { font-family: "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif; font-size: 10.5pt; margin: 1.5em; color: #111; }
h1 { font-size: 16pt; margin: 0 0 .5em; }
h2 { font-size: 13pt; margin: 1.2em 0 .4em; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #999; padding: 2px 5px; vertical-align: top; text-align: left; }
th { background: #d9e1f2; }
td.num { text-align: right; white-space: nowrap; }
td.wrap { min-width: 12em; }
dl.summary { display: grid; grid-template-columns: max-content auto; gap: 2px 1.5em; margin: 0; }
dl.summary dt { font-weight: bold; }
dl.summary dd { margin: 0; }
@page { size: A4 landscape; margin: 12mm; }
@media print {
  body { margin: 0; font-size: 9pt; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; }
  section { break-before: page; }
  section:first-of-type { break-before: auto; }
}`;

export function reportHtml(report: BatchReport): string {
  const { lang } = report;
  const title =
    lang === "zh" ? "绩效自评表批量检查报告" : "Batch check report of self-evaluation forms";
  const summary = report.summary
    .map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd>`)
    .join("\n");
  return [
    "<!DOCTYPE html>",
    `<html lang="${lang === "zh" ? "zh-CN" : "en"}">`,
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${CSS}\n</style>`,
    "</head>",
    "<body>",
    `<h1>${escapeHtml(title)}</h1>`,
    `<dl class="summary">\n${summary}\n</dl>`,
    table(report.forms, lang, "forms"),
    table(report.findings, lang, "findings"),
    table(report.flags, lang, "flags"),
    "</body>",
    "</html>",
    "",
  ].join("\n");
}
