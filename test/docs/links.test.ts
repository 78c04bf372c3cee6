// Every relative link in README.md and docs/ resolves to a file of the repository (and its anchor, if any).
import { existsSync } from "fs";
import * as path from "path";
import { ROOT, anchors, linkTargets, markdownFiles, read } from "./markdown";

const EXTERNAL = /^(https?:|mailto:)/;

const links = markdownFiles().flatMap((file) =>
  linkTargets(read(file))
    .filter((target) => !EXTERNAL.test(target))
    .map((target) => ({ from: path.relative(ROOT, file), file, target }))
);

describe("relative links", () => {
  test("there are links to check", () => {
    expect(links.length).toBeGreaterThan(100);
  });

  test.each(links)("$from → $target", ({ file, target }) => {
    const [rawPath, anchor] = decodeURI(target).split("#");
    const resolved = rawPath ? path.resolve(path.dirname(file), rawPath) : file;
    expect(existsSync(resolved)).toBe(true);
    expect(path.relative(ROOT, resolved).startsWith("..")).toBe(false);
    if (anchor && resolved.endsWith(".md")) expect(anchors(read(resolved))).toContain(anchor);
  });
});
