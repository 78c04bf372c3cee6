// Test helpers over the repository's Markdown: which files, their links and headings, their code tables.
import { readdirSync, readFileSync, statSync } from "fs";
import * as path from "path";

export const ROOT = path.join(__dirname, "../..");
export const DOCS = path.join(ROOT, "docs");

/** `FUND_SCORE` → `fund-score`: the name of its rule file and of its docs page. */
export const kebab = (code: string): string => code.toLowerCase().replace(/_/g, "-");

export function walk(dir: string, keep: (file: string) => boolean): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    if (name === "node_modules" || name.startsWith(".")) continue;
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...walk(full, keep));
    else if (keep(full)) out.push(full);
  }
  return out.sort();
}

/** README.md and every page under docs/. */
export function markdownFiles(): string[] {
  return [path.join(ROOT, "README.md"), ...walk(DOCS, (f) => f.endsWith(".md"))];
}

export const read = (file: string): string => readFileSync(file, "utf8");

/** Markdown without fenced code blocks, so a `[x](y)` inside an example is not taken for a link. */
function prose(md: string): string {
  return md.replace(/^```[\s\S]*?^```/gm, "");
}

/** Every `[text](target)` / `![alt](target)` link target of a Markdown text. */
export function linkTargets(md: string): string[] {
  return [...prose(md).matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]);
}

/** GitHub's anchor of a heading: lower case, punctuation dropped, each space a hyphen. */
export function slug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, "")
    .replace(/\s/g, "-");
}

export function anchors(md: string): Set<string> {
  const headings = [...prose(md).matchAll(/^#{1,6}\s+(.+)$/gm)].map((m) => m[1]);
  return new Set(headings.map(slug));
}

/** The finding codes of a table's first column, in table order, with the page each one links to. */
export function codeTableRows(md: string): { code: string; link: string }[] {
  return [...md.matchAll(/^\|\s*\[([A-Z]+(?:_[A-Z]+)+)\]\(([^)]+)\)\s*\|/gm)].map((m) => ({
    code: m[1],
    link: m[2],
  }));
}
