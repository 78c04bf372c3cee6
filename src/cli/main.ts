#!/usr/bin/env node
// Entry of the `jxzp` binary: wires process argv, streams and exit code to `run`.
import { colorEnabled } from "./io";
import { run } from "./run";

export { run } from "./run";
export type { CliIO } from "./run";

function main(): void {
  // `jxzp check ... | head` closes the pipe early: stop quietly instead of crashing on EPIPE.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (err: NodeJS.ErrnoException) => {
      if (err.code === "EPIPE") process.exit(process.exitCode ?? 0);
    });
  }
  const color = colorEnabled(process.stdout, process.env);
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
