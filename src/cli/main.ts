#!/usr/bin/env node
// Entry of the `jxzp` binary: wires process argv, streams and exit code to `run`.
import { run } from "./run";

export { run } from "./run";
export type { CliIO } from "./run";

function main(): void {
  const color = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
  run(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, color }).then(
    (code) => {
      process.exitCode = code;
    },
    () => {
      process.exitCode = 2;
    }
  );
}

if (require.main === module) main();
