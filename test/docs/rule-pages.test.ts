// Every finding code has its page in docs/rules/, naming the code and each severity its rule can report.
import { existsSync, readdirSync } from "fs";
import * as path from "path";
import { BATCH_CHECKS } from "../../src/core/batch";
import { RULES } from "../../src/core/rules";
import { DOCS, ROOT, kebab, read } from "./markdown";

const PAGES = path.join(DOCS, "rules");
const SEVERITIES = ["error", "warning", "info"] as const;

/**
 * The severities a rule can report: its default plus every severity its hits may override it with.
 * Read from the rule's source, since overrides are decided per hit inside `check`.
 */
function reportable(code: string, severity: string): string[] {
  const rule = path.join(ROOT, "src/core/rules", `${kebab(code)}.ts`);
  const source = read(
    existsSync(rule) ? rule : path.join(ROOT, "src/core/batch", `${kebab(code)}.ts`)
  );
  return SEVERITIES.filter((s) => s === severity || source.includes(`"${s}"`));
}

/** The severities a page's severity table lists: rows starting with `` | `error` ``. */
function documented(page: string): string[] {
  const rows = [...page.matchAll(/^\|\s*`(error|warning|info)`/gm)].map((m) => m[1]);
  return SEVERITIES.filter((s) => rows.includes(s));
}

/** Per-form rules and cross-form checks (src/core/batch) alike: one page per code. */
const CODES = [...RULES, ...BATCH_CHECKS].map((r) => ({ code: r.code, severity: r.severity }));

describe("docs/rules/<kebab-code>.md", () => {
  test.each(CODES.map((r) => [r.code, r.severity] as const))(
    "%s has its page naming the code and every severity it reports",
    (code, severity) => {
      const file = path.join(PAGES, `${kebab(code)}.md`);
      expect(existsSync(file)).toBe(true);
      const page = read(file);
      expect(page.split("\n")[0]).toMatch(new RegExp(`^# ${code}\\b`));
      expect(documented(page)).toEqual(reportable(code, severity));
    }
  );

  test("every page belongs to a registered code", () => {
    const pages = readdirSync(PAGES).filter((f) => f.endsWith(".md"));
    const expected = CODES.map((r) => `${kebab(r.code)}.md`);
    expect(pages.sort()).toEqual(expected.sort());
  });

  test.each(CODES.map((r) => r.code))("%s's page has a failing and a passing example", (code) => {
    const page = read(path.join(PAGES, `${kebab(code)}.md`));
    expect(page).toMatch(/不通过 \/ Failing/);
    expect(page).toMatch(/通过 \/ Passing/);
    expect(page).toMatch(/## 重新计算 \/ Recompute/);
  });
});
