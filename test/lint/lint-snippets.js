// Runs the repository's ESLint config over code snippets at pretend paths, in a plain Node process:
// jest's module sandbox cannot load eslint.config.mjs (an ES module) without experimental flags.
// stdin: [{ code, filePath }]; stdout: [[{ ruleId, message }]] in the same order.
"use strict";
const { ESLint } = require("eslint");
const path = require("path");

async function main() {
  let input = "";
  for await (const chunk of process.stdin) input += chunk;
  const eslint = new ESLint({ cwd: path.resolve(__dirname, "../..") });
  const out = [];
  for (const { code, filePath } of JSON.parse(input)) {
    const [result] = await eslint.lintText(code, { filePath, warnIgnored: true });
    out.push(result.messages.map((m) => ({ ruleId: m.ruleId, message: m.message })));
  }
  process.stdout.write(JSON.stringify(out));
}

main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exitCode = 1;
});
