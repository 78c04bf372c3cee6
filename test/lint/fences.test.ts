// The lint fences of eslint.config.mjs fire: each deliberately bad import, at a realistic path, is
// rejected by the rule and message of its fence, and the good imports next to it pass clean.
import { beforeAll, describe, expect, test } from "@jest/globals";
import { spawnSync } from "child_process";
import * as path from "path";

interface Snippet {
  /** What the case shows. */
  name: string;
  filePath: string;
  code: string;
  /** The rule and a piece of its message, or null when the code must pass without any message. */
  expect: { ruleId: string; message: RegExp } | null;
}

interface Message {
  ruleId: string | null;
  message: string;
}

const NODE = /no Node builtins/;
const ADAPTER = /nothing from the adapters/;
const OUTSIDE = /nothing outside src\/core/;
const LIBRARY = /workbook and UI libraries/;
const INDEX = /through its index/;
const DECIMAL = /decimal\.js is used only inside src\/core\/decimal\.ts/;
const TEST = /Only tests import test\//;
const TESTKIT = /nothing from testkit\//;
const imports = "no-restricted-imports";
const globals = "no-restricted-globals";

const bad = (name: string, filePath: string, code: string, ruleId: string, message: RegExp) =>
  ({ name, filePath, code, expect: { ruleId, message } }) satisfies Snippet;
const good = (name: string, filePath: string, code: string) =>
  ({ name, filePath, code, expect: null }) satisfies Snippet;

const CORE: Snippet[] = [
  bad(
    "a Node builtin",
    "src/core/values/bad.ts",
    'export { readFileSync } from "fs";\n',
    imports,
    NODE
  ),
  bad(
    "a node: builtin",
    "src/core/locate/bad.ts",
    'export { join } from "node:path";\n',
    imports,
    NODE
  ),
  bad(
    "worker_threads",
    "src/core/bad.ts",
    'export { Worker } from "worker_threads";\n',
    imports,
    NODE
  ),
  bad("the excel adapter", "src/core/bad.ts", 'export * from "../excel";\n', imports, ADAPTER),
  bad(
    "the excel adapter, two folders down",
    "src/core/score/bad.ts",
    'export { createExcelPort } from "../../excel/workbook-port";\n',
    imports,
    ADAPTER
  ),
  bad(
    "the CLI from a deeply nested file",
    "src/core/a/b/c/d/e/f/bad.ts",
    'export { run } from "../../../../../../../cli/run";\n',
    imports,
    ADAPTER
  ),
  bad(
    "the task pane",
    "src/core/report/bad.ts",
    'export * from "../../taskpane/format";\n',
    imports,
    ADAPTER
  ),
  bad(
    "a later host",
    "src/core/rules/bad.ts",
    'export * from "../../wps/host";\n',
    imports,
    ADAPTER
  ),
  bad(
    "the testkit, climbing out of the core",
    "src/core/locate/bad.ts",
    'export { buildWorkbook } from "../../../testkit/fixtures/build";\n',
    imports,
    OUTSIDE
  ),
  bad("exceljs", "src/core/grid/bad.ts", 'export { default } from "exceljs";\n', imports, LIBRARY),
  bad("React", "src/core/report/bad.ts", 'export { useState } from "react";\n', imports, LIBRARY),
  bad(
    "Fluent UI",
    "src/core/report/bad.ts",
    'export { Button } from "@fluentui/react-components";\n',
    imports,
    LIBRARY
  ),
  bad(
    "a DOM global",
    "src/core/report/bad.ts",
    "export const w = window.innerWidth;\n",
    globals,
    /window/
  ),
  bad(
    "an Office global",
    "src/core/bad.ts",
    "export const host = Office.context.host;\n",
    globals,
    /Office/
  ),
  bad(
    "a Node global",
    "src/core/rules/bad.ts",
    "export const env = process.env;\n",
    globals,
    /process/
  ),
  bad("require", "src/core/rules/bad.ts", 'export const fs = require("fs");\n', globals, /require/),
  bad(
    "a dynamic import",
    "src/core/rules/bad.ts",
    'export const fs = import("fs");\n',
    "no-restricted-syntax",
    /loads no module at run time/
  ),
  bad(
    "decimal.js outside the decimal module",
    "src/core/score/bad.ts",
    'export { default } from "decimal.js";\n',
    imports,
    DECIMAL
  ),
  good(
    "siblings and parents inside the core",
    "src/core/score/good.ts",
    'export { D } from "../decimal";\nexport { Grid } from "../grid/grid";\nexport * from "./form";\n'
  ),
  good(
    "decimal.js in the decimal module",
    "src/core/decimal.ts",
    'export { default } from "decimal.js";\n'
  ),
];

const ADAPTERS: Snippet[] = [
  bad(
    "the CLI reaching into the core",
    "src/cli/bad.ts",
    'export type { Finding } from "../core/types";\n',
    imports,
    INDEX
  ),
  bad(
    "the task pane reaching into the core",
    "src/taskpane/components/Bad.tsx",
    'export type { FormReport } from "../../core/report/types";\n',
    imports,
    INDEX
  ),
  bad(
    "the excel adapter reaching into the core",
    "src/excel/bad.ts",
    'export { toA1 } from "../core/grid/address";\n',
    imports,
    INDEX
  ),
  bad(
    "the ribbon reaching into the core",
    "src/commands/bad.ts",
    'export { RULES } from "../core/rules";\n',
    imports,
    INDEX
  ),
  bad(
    "the bench reaching into the core",
    "bench/bad.ts",
    'export type { SheetData } from "../src/core/types";\n',
    imports,
    INDEX
  ),
  bad(
    "decimal.js in the CLI",
    "src/cli/bad.ts",
    'export { default } from "decimal.js";\n',
    imports,
    DECIMAL
  ),
  bad(
    "decimal.js in the task pane",
    "src/taskpane/bad.ts",
    'export { default } from "decimal.js";\n',
    imports,
    DECIMAL
  ),
  bad(
    "the CLI leaning on the testkit",
    "src/cli/bad.ts",
    'export { buildWorkbook } from "../../testkit/fixtures/build";\n',
    imports,
    TESTKIT
  ),
  bad(
    "the bench borrowing a test helper",
    "bench/bad.ts",
    'export { caseArb } from "../test/property/arbitraries";\n',
    imports,
    TEST
  ),
  bad(
    "the testkit borrowing a test helper",
    "testkit/fixtures/bad.ts",
    'export { loadForm } from "../../test/core/load";\n',
    imports,
    TEST
  ),
  good("the CLI through the index", "src/cli/good.ts", 'export { evaluate } from "../core";\n'),
  good(
    "the task pane through the index",
    "src/taskpane/components/Good.tsx",
    'export type { FormReport } from "../../core";\n'
  ),
  good(
    "the bench through the index, with the testkit",
    "bench/good.ts",
    'export { evaluate } from "../src/core";\nexport { buildWorkbook } from "../testkit/fixtures/build";\n'
  ),
];

const FILES_NODE = /src\/files is host-neutral/;
const FILES_HOST = /src\/files imports no host/;

const FILES: Snippet[] = [
  bad(
    "fs in the file layer",
    "src/files/bad.ts",
    'export { readFileSync } from "fs";\n',
    imports,
    FILES_NODE
  ),
  bad("node:path", "src/files/bad.ts", 'export { join } from "node:path";\n', imports, FILES_NODE),
  bad("a host", "src/files/bad.ts", 'export * from "../cli/errors";\n', imports, FILES_HOST),
  bad(
    "a core file",
    "src/files/bad.ts",
    'export { Grid } from "../core/grid/grid";\n',
    imports,
    INDEX
  ),
  bad("Buffer", "src/files/bad.ts", "export const b = Buffer.alloc(1);\n", globals, /Buffer/),
  good(
    "the core's index and the parser",
    "src/files/good.ts",
    'export { toA1 } from "../core";\nexport { read } from "@e965/xlsx";\n'
  ),
];

const CASES = [...CORE, ...ADAPTERS, ...FILES];

/** Lints every snippet in one Node process (see lint-snippets.js for why not in jest itself). */
function lintAll(snippets: Snippet[]): Message[][] {
  const run = spawnSync(process.execPath, [path.join(__dirname, "lint-snippets.js")], {
    input: JSON.stringify(snippets.map(({ code, filePath }) => ({ code, filePath }))),
    encoding: "utf8",
  });
  if (run.status !== 0) throw new Error(`lint-snippets failed:\n${run.stderr}`);
  return JSON.parse(run.stdout) as Message[][];
}

describe("lint fences", () => {
  let results: Message[][] = [];

  beforeAll(() => {
    results = lintAll(CASES);
  }, 120_000);

  describe.each([
    ["(a) the core is pure", CORE],
    [
      "(b) adapters see the core through its index, tests stay apart; (c) decimal.js stays in the core",
      ADAPTERS,
    ],
    ["(d) the file layer is host-neutral", FILES],
  ])("%s", (_fence, snippets) => {
    test.each(snippets.map((s) => [s.name, s] as const))("%s", (_name, snippet) => {
      const messages = results[CASES.indexOf(snippet)];
      if (snippet.expect === null) {
        expect(messages).toEqual([]);
        return;
      }
      const { ruleId, message } = snippet.expect;
      expect(messages).toContainEqual({ ruleId, message: expect.stringMatching(message) });
    });
  });
});
