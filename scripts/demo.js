// `npm run demo`: checks assets/sample.xlsx, fixes it into out/sample.fixed.xlsx, re-checks the copy.
"use strict";
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const root = path.resolve(__dirname, "..");
const cli = path.join(root, "dist", "cli", "main.js");
const sample = path.join("assets", "sample.xlsx");
const fixed = path.join("out", "sample.fixed.xlsx");

function banner(text) {
  process.stdout.write(`\n==== ${text} ====\n`);
}

function fail(text) {
  process.stderr.write(`demo: ${text}\n`);
  process.exit(1);
}

/** Runs jxzp with the terminal's own streams; returns its exit code. */
function jxzp(args) {
  process.stdout.write(`$ jxzp ${args.join(" ")}\n`);
  const result = spawnSync(process.execPath, [cli, ...args], { cwd: root, stdio: "inherit" });
  if (result.error) fail(`cannot run jxzp: ${result.error.message}`);
  // Exit 1 means "the form has errors": expected for the sample. 2 means the run itself failed.
  if (result.status !== 0 && result.status !== 1) fail(`jxzp exited with ${result.status}`);
  return result.status;
}

/**
 * The sample is committed; when it is missing, the fixture builders make it. They live in testkit/,
 * outside the CLI build, so they are compiled here on demand (tsconfig.scripts.json → dist/scripts).
 */
function ensureSample() {
  const target = path.join(root, sample);
  if (fs.existsSync(target)) return;
  const tsc = require.resolve("typescript/bin/tsc");
  const build = spawnSync(process.execPath, [tsc, "-p", "tsconfig.scripts.json"], {
    cwd: root,
    stdio: "inherit",
  });
  if (build.status !== 0) fail("cannot compile the sample builder (tsconfig.scripts.json)");
  const script = path.join(root, "dist", "scripts", "scripts", "make-sample.js");
  const result = spawnSync(process.execPath, [script, target], { cwd: root, stdio: "inherit" });
  if (result.status !== 0) fail("make-sample failed");
}

function main() {
  if (!fs.existsSync(cli)) fail("dist/cli is missing: run `npm run build:cli` first");
  ensureSample();
  fs.mkdirSync(path.join(root, "out"), { recursive: true });

  banner("1. 检查示例文件 / check the sample");
  const before = jxzp(["check", sample]);

  banner("2. 重新计算并写入副本 / recompute into a copy");
  jxzp(["fix", sample, "-o", fixed, "--highlight"]);

  banner("3. 再次检查副本 / check the fixed copy");
  const after = jxzp(["check", fixed]);

  banner("完成 / done");
  process.stdout.write(
    `修正后的文件：${fixed}（原文件 ${sample} 未改动；有问题的单元格已填色并加批注）\n` +
      `fixed copy: ${fixed} (the original is unchanged; problem cells are filled and noted)\n` +
      `示例表故意包含填报错误，所以检查会报告错误（退出码 ${before}）；` +
      `重新计算后剩余的问题需要人工判断（退出码 ${after}）。演示本身成功结束。\n` +
      `The sample contains deliberate mistakes, so the check reports errors (exit ${before}); ` +
      `what remains after the recompute needs a human (exit ${after}). The demo itself succeeded.\n`
  );
}

try {
  main();
} catch (err) {
  fail(err instanceof Error ? err.message : String(err));
}
