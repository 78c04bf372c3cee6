// The printable report: one self-contained HTML page (A4 print CSS) with each file's verdict, problems and scores.
import {
  escapeHtml,
  formatNumber,
  formatPercent,
  gradeWord,
  severityWord,
  type FormReport,
  type Lang,
} from "../../core";
import { strings } from "../../taskpane/i18n";
import { cellRef } from "../../taskpane/format";
import type { Problem } from "../../taskpane/problems";
import { batchRow, batchTotals } from "./batch";
import { isWritable, type CheckedFile } from "./check-file";
import { pageStrings } from "./strings";
import { fileVerdict } from "./verdict";

const STYLE = `
@page { size: A4; margin: 14mm 12mm; }
* { box-sizing: border-box; }
body { font-family: "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif;
  font-size: 10.5pt; color: #111; margin: 0 auto; max-width: 186mm; padding: 8mm 0; line-height: 1.45; }
h1 { font-size: 16pt; margin: 0 0 2mm; }
h2 { font-size: 13pt; margin: 6mm 0 2mm; border-bottom: 1px solid #888; padding-bottom: 1mm; word-break: break-all; }
h3 { font-size: 11pt; margin: 4mm 0 1mm; }
.meta { color: #555; font-size: 9pt; margin: 0 0 2mm; }
.verdict { padding: 2mm 3mm; border-left: 4px solid #888; margin: 2mm 0; }
.verdict.fail { border-color: #c50f1f; background: #fde7e9; }
.verdict.warn { border-color: #bc4b09; background: #fff4ce; }
.verdict.pass { border-color: #107c10; background: #dff6dd; }
.verdict.none { border-color: #888; background: #f3f3f3; }
table { border-collapse: collapse; width: 100%; margin: 1mm 0 3mm; }
th, td { border: 1px solid #999; padding: 1mm 1.5mm; vertical-align: top; text-align: left; word-break: break-word; }
th { background: #eee; font-weight: 600; }
td.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr { break-inside: avoid; page-break-inside: avoid; }
thead { display: table-header-group; }
.error { color: #a4262c; font-weight: 600; }
.warning { color: #8a5300; }
.info { color: #555; }
.differs { color: #a4262c; font-weight: 600; }
.file + .file { break-before: page; page-break-before: always; }
.detail { color: #555; font-size: 9pt; }
@media screen { body { padding: 8mm; } }
`;

function scoreCell(entered: string | null, computed: string | null, fmt = formatNumber): string {
  const e = fmt(entered) ?? "—";
  const c = fmt(computed) ?? "—";
  const differs = entered !== null && computed !== null && e !== c;
  return `<td class="n">${escapeHtml(e)}</td><td class="n${differs ? " differs" : ""}">${escapeHtml(c)}</td>`;
}

function scoresTable(form: FormReport, lang: Lang): string {
  const t = strings[lang];
  const rows: string[] = [];
  const b = form.budget;
  rows.push(
    `<tr><td>${escapeHtml(t.budgetScore)}（${escapeHtml(t.rate)} ${escapeHtml(
      formatPercent(b.rate) ?? "—"
    )}）</td><td class="n">${escapeHtml(formatNumber(b.weight) ?? "—")}</td>${scoreCell(b.entered, b.computed)}</tr>`
  );
  for (const ind of form.indicators) {
    if (ind.breakdown) continue;
    rows.push(
      `<tr><td>${escapeHtml(ind.name || "—")}</td><td class="n">${escapeHtml(
        formatNumber(ind.weight) ?? "—"
      )}</td>${scoreCell(ind.entered, ind.computed)}</tr>`
    );
  }
  rows.push(
    `<tr><th>${escapeHtml(t.total)}</th><td class="n">100</td>${scoreCell(
      form.total.entered,
      form.total.computed
    )}</tr>`
  );
  const grade = (g: string | null | undefined) => (g ? gradeWord(g, lang) : null);
  rows.push(
    `<tr><th>${escapeHtml(t.grade)}</th><td></td>${scoreCell(
      form.grade?.entered?.trim() || null,
      form.computedGrade,
      grade
    )}</tr>`
  );
  return (
    `<table><thead><tr><th>${escapeHtml(t.indicator)}</th><th>${escapeHtml(t.weight)}</th>` +
    `<th>${escapeHtml(t.entered)}</th><th>${escapeHtml(t.computed)}</th></tr></thead>` +
    `<tbody>${rows.join("")}</tbody></table>`
  );
}

function fileSection(file: CheckedFile, lang: Lang): string {
  const p = pageStrings[lang];
  const t = strings[lang];
  const head = `<h2>${escapeHtml(file.name)}</h2>`;
  if (file.error || !file.evaluation) {
    const why = file.error?.message[lang] ?? "";
    return `<section class="file">${head}<p class="verdict fail">${escapeHtml(p.unreadable)}：${escapeHtml(why)}</p></section>`;
  }
  const v = fileVerdict(file.evaluation, lang, isWritable(file) ? p.download : null);
  const parts = [
    head,
    `<div class="verdict ${v.verdict}"><strong>${escapeHtml(v.title)}</strong>${
      v.next ? `<div>${escapeHtml(v.next)}</div>` : ""
    }</div>`,
  ];
  for (const form of file.evaluation.forms) {
    parts.push(
      `<h3>${escapeHtml(form.project || form.range)}</h3>` +
        `<p class="meta">${escapeHtml(cellRef(form.sheet, form.range))}${
          form.year !== null ? ` · ${form.year}` : ""
        }</p>`
    );
    const group = v.groups.find((g) => g.form === form);
    parts.push(`<p><strong>${escapeHtml(p.reportProblems)}</strong></p>`);
    parts.push(
      group ? problemsTable(group.problems, lang) : `<p>${escapeHtml(p.reportNoProblems)}</p>`
    );
    parts.push(`<p><strong>${escapeHtml(p.reportScores)}</strong></p>`, scoresTable(form, lang));
  }
  const outside = v.groups.find((g) => g.form === null);
  if (outside) {
    parts.push(`<h3>${escapeHtml(t.sheetLevel)}</h3>`, problemsTable(outside.problems, lang));
  }
  return `<section class="file">${parts.join("")}</section>`;
}

function problemsTable(problems: Problem[], lang: Lang): string {
  const p = pageStrings[lang];
  const t = strings[lang];
  const rows = problems.map((pr) => {
    const cells = pr.cells.length > 1 ? pr.cells.join("、") : pr.cell;
    const fix = pr.severity === "info" ? "" : pr.fix === "auto" ? t.tagAuto : t.tagManual;
    return (
      `<tr><td class="${pr.severity}">${escapeHtml(severityWord(pr.severity, lang))}</td>` +
      `<td>${escapeHtml(cellRef(pr.sheet, cells))}</td>` +
      `<td>${escapeHtml(pr.headline[lang])}${
        pr.detail ? `<div class="detail">${escapeHtml(pr.detail[lang])}</div>` : ""
      }</td><td>${escapeHtml(fix)}</td></tr>`
    );
  });
  return (
    `<table><thead><tr><th>${escapeHtml(p.severity)}</th><th>${escapeHtml(p.cell)}</th>` +
    `<th>${escapeHtml(p.problem)}</th><th>${escapeHtml(p.fixColumn)}</th></tr></thead>` +
    `<tbody>${rows.join("")}</tbody></table>`
  );
}

function batchSection(files: CheckedFile[], lang: Lang): string {
  const p = pageStrings[lang];
  const rows = files.map(batchRow);
  const totals = batchTotals(rows);
  const body = rows
    .map((r) => {
      const grades = r.grades
        .map(
          (g) =>
            `${g.entered ? gradeWord(g.entered, lang) : "—"} → ${g.computed ? gradeWord(g.computed, lang) : "—"}`
        )
        .join("；");
      const status = r.error ? `${p.unreadable}：${r.error[lang]}` : r.forms === 0 ? p.noForm : "";
      return (
        `<tr><td>${escapeHtml(r.name)}${status ? `<div class="detail">${escapeHtml(status)}</div>` : ""}</td>` +
        `<td class="n">${r.forms}</td><td class="n${r.errors ? " error" : ""}">${r.errors}</td>` +
        `<td class="n">${r.warnings}</td><td>${escapeHtml(grades)}</td></tr>`
      );
    })
    .join("");
  return (
    `<h2>${escapeHtml(p.batchTitle(totals.files))}</h2><table><thead><tr><th>${escapeHtml(p.colFile)}</th>` +
    `<th>${escapeHtml(p.colForms)}</th><th>${escapeHtml(p.colErrors)}</th><th>${escapeHtml(
      p.colWarnings
    )}</th><th>${escapeHtml(p.colGrade)}</th></tr></thead><tbody>${body}</tbody></table>`
  );
}

/** `2026-12-02 09:30` in local time: when the clerk printed it. */
function stamp(when: Date): string {
  const two = (n: number) => String(n).padStart(2, "0");
  return `${when.getFullYear()}-${two(when.getMonth() + 1)}-${two(when.getDate())} ${two(
    when.getHours()
  )}:${two(when.getMinutes())}`;
}

/** The whole report as one HTML document (no script, no external resource), ready to print on A4. */
export function reportHtml(files: CheckedFile[], lang: Lang, when: Date = new Date()): string {
  const p = pageStrings[lang];
  const body = [
    `<h1>${escapeHtml(p.reportTitle)}</h1>`,
    `<p class="meta">${escapeHtml(p.reportGenerated(stamp(when)))}</p>`,
    files.length > 1 ? batchSection(files, lang) : "",
    ...files.map((f) => fileSection(f, lang)),
  ].join("\n");
  return (
    `<!DOCTYPE html>\n<html lang="${lang === "zh" ? "zh-CN" : "en"}"><head><meta charset="utf-8">` +
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">` +
    `<title>${escapeHtml(p.reportTitle)}</title><style>${STYLE}</style></head><body>${body}</body></html>`
  );
}
