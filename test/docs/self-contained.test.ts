// README.md, docs/, src/, test/ (and bench/, scripts/, testkit/) never point at documents outside the repository.
import { existsSync } from "fs";
import * as path from "path";
import { ROOT, read, walk } from "./markdown";

const TEXT = /\.(ts|tsx|js|mjs|cjs|json|md|html|txt|ya?ml)$/;
const DIRS = ["docs", "src", "test", "testkit", "bench", "scripts"];

/**
 * The one allowed outside path: tests may read the real WPS sample workbooks where they live, since
 * those files must not be copied into the repository.
 */
const ALLOWED = "../shared/samples/wps/";

/** What an outside reference looks like: the shared folder, an absolute work path, the old documents. */
const OUTSIDE: readonly RegExp[] = [
  /\.\.\/shared\b/,
  /\/work\//,
  /\b(RULES|CONTRACT|ARCHITECTURE|STYLE|OFFICE-NOTES)\.md\b/,
  /\b(RULES|CONTRACT|OFFICE-NOTES)\s*§/,
  /\bCONTRACT v\d/,
];

const files = [
  path.join(ROOT, "README.md"),
  ...DIRS.map((d) => path.join(ROOT, d))
    .filter(existsSync)
    .flatMap((d) => walk(d, (f) => TEXT.test(f))),
].filter((f) => f !== __filename);

describe("no reference outside the repository", () => {
  test.each(files.map((f) => path.relative(ROOT, f)))("%s", (file) => {
    const text = read(path.join(ROOT, file)).split(ALLOWED).join("");
    const hits = text
      .split("\n")
      .map((line, i) => ({ line: i + 1, text: line.trim() }))
      .filter((l) => OUTSIDE.some((re) => re.test(l.text)));
    expect(hits).toEqual([]);
  });
});
