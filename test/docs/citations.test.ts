// Every `docs/…` page that code and tests cite exists, and every `docs/rules.md §N` names a section of it.
import { existsSync } from "fs";
import * as path from "path";
import { DOCS, ROOT, read, walk } from "./markdown";

const CODE = /\.(ts|tsx|js|mjs|cjs)$/;
const DIRS = ["src", "test", "testkit", "bench", "scripts"];

const sources = DIRS.map((d) => path.join(ROOT, d))
  .filter(existsSync)
  .flatMap((d) => walk(d, (f) => CODE.test(f)));

const citations = sources.flatMap((file) =>
  [...read(file).matchAll(/\bdocs\/([\w./-]+\.(?:md|json))(?:\s*(§\d+))?/g)].map((m) => ({
    from: path.relative(ROOT, file),
    page: m[1],
    section: m[2] ?? "",
  }))
);

const sections = new Set(
  [...read(path.join(DOCS, "rules.md")).matchAll(/^## (§\d+) /gm)].map((m) => m[1])
);

describe("citations of docs/ in code", () => {
  test("rules.md has the sections §1 … §7", () => {
    expect([...sections]).toEqual(["§1", "§2", "§3", "§4", "§5", "§6", "§7"]);
  });

  test("code cites the docs", () => {
    expect(citations.length).toBeGreaterThan(10);
  });

  test.each(citations)("$from → docs/$page $section", ({ page, section }) => {
    expect(existsSync(path.join(DOCS, page))).toBe(true);
    if (section) expect(sections).toContain(section);
  });
});
