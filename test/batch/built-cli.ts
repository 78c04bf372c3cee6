// The CLI compiled to JavaScript in a temp folder: worker threads need a .js entry, which the
// TypeScript sources under ts-jest do not give. node_modules is linked so its imports resolve.
import { spawnSync } from "child_process";
import { mkdtempSync, rmSync, symlinkSync } from "fs";
import * as os from "os";
import * as path from "path";

const ROOT = path.resolve(__dirname, "../..");

export interface BuiltCli {
  dir: string;
  main: string;
  worker: string;
  remove(): void;
}

export function buildCli(): BuiltCli {
  const dir = mkdtempSync(path.join(os.tmpdir(), "jxzp-built-"));
  symlinkSync(path.join(ROOT, "node_modules"), path.join(dir, "node_modules"), "dir");
  const tsc = path.join(ROOT, "node_modules", "typescript", "bin", "tsc");
  const out = path.join(dir, "dist");
  const r = spawnSync(
    process.execPath,
    [tsc, "-p", path.join(ROOT, "tsconfig.cli.json"), "--outDir", out],
    {
      encoding: "utf8",
    }
  );
  if (r.status !== 0) throw new Error(`tsc failed:\n${r.stdout}\n${r.stderr}`);
  return {
    dir,
    main: path.join(out, "cli", "main.js"),
    worker: path.join(out, "cli", "check-worker.js"),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
