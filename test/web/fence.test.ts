// The web page's lint fences fire: its controller (src/web/logic) stays free of DOM and React, and the
// page sees the core only through its index. Linted in a plain Node process, as test/lint does.
import { spawnSync } from "child_process";
import * as path from "path";

const CASES = [
  {
    filePath: "src/web/logic/bad.ts",
    code: "export const w = window.innerWidth;\n",
    rule: "no-restricted-globals",
  },
  {
    filePath: "src/web/logic/bad.ts",
    code: "export const d = document.title;\n",
    rule: "no-restricted-globals",
  },
  {
    filePath: "src/web/logic/bad.ts",
    code: 'export { useState } from "react";\n',
    rule: "no-restricted-imports",
  },
  {
    filePath: "src/web/page/bad.ts",
    code: 'export { D } from "../../core/decimal";\n',
    rule: "no-restricted-imports",
  },
  {
    filePath: "src/web/page/bad.ts",
    code: 'export * from "../../../testkit/samples";\n',
    rule: "no-restricted-imports",
  },
  {
    filePath: "src/web/logic/good.ts",
    code: 'export { evaluate } from "../../core";\n',
    rule: null,
  },
  {
    filePath: "src/web/page/good.ts",
    code: "export const w = (): number => window.innerWidth;\n",
    rule: null,
  },
];

describe("web lint fences", () => {
  const run = spawnSync(process.execPath, [path.join(__dirname, "../lint/lint-snippets.js")], {
    input: JSON.stringify(CASES.map(({ filePath, code }) => ({ filePath, code }))),
    encoding: "utf8",
  });
  const results = JSON.parse(run.stdout || "[]") as { ruleId: string | null; message: string }[][];

  it.each(CASES.map((c, i) => [c.filePath, c.code.trim(), i] as const))("%s: %s", (_p, _c, i) => {
    expect(run.status).toBe(0);
    const rule = CASES[i].rule;
    const rules = results[i].map((m) => m.ruleId);
    if (rule === null) expect(rules).toEqual([]);
    else expect(rules).toContain(rule);
  });
});
