// The finding-code tables of docs/rules.md and README.md list exactly the rule registry's codes.
import * as path from "path";
import { BATCH_CODES } from "../../src/core/codes";
import { RULES } from "../../src/core/rules";
import { DOCS, ROOT, codeTableRows, kebab, read } from "./markdown";

// The per-form rules and the cross-form flags share the tables (each code has its page).
const registered = [...RULES.map((r) => r.code), ...BATCH_CODES].sort();

describe.each([
  ["docs/rules.md", path.join(DOCS, "rules.md"), "rules/"],
  ["README.md", path.join(ROOT, "README.md"), "docs/rules/"],
])("the code table of %s", (_name, file, prefix) => {
  const rows = codeTableRows(read(file));

  test("lists every registered code once, and nothing else", () => {
    expect(rows.map((r) => r.code).sort()).toEqual(registered);
  });

  test("links each code to its own page", () => {
    for (const row of rows) expect(row.link).toBe(`${prefix}${kebab(row.code)}.md`);
  });
});
