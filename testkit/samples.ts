// The one place that knows where the real WPS-saved workbooks live: ../shared/samples/wps/ beside the repo.
import * as fs from "fs";
import * as path from "path";

/** The repository root (this file is testkit/samples.ts, also when compiled to dist/scripts/testkit/). */
function repoRoot(): string {
  let dir = __dirname;
  for (let i = 0; i < 5; i++) {
    if (fs.existsSync(path.join(dir, "package.json")) && fs.existsSync(path.join(dir, "testkit")))
      return dir;
    dir = path.dirname(dir);
  }
  throw new Error("testkit/samples: repository root not found above " + __dirname);
}

const RELATIVE = "../shared/samples/wps/";

/**
 * `../shared/samples/wps/` from the repository root; in a linked git worktree (whose `.git` is a
 * file naming the main checkout's git folder) from the main checkout's root as well.
 */
function samplesDir(): string {
  const root = repoRoot();
  const direct = path.resolve(root, RELATIVE);
  if (fs.existsSync(direct)) return direct;
  try {
    const link = /^gitdir:\s*(.+)$/m.exec(fs.readFileSync(path.join(root, ".git"), "utf8"));
    if (link) {
      // <main>/.git/worktrees/<name> → <main>
      const main = path.resolve(link[1].trim(), "../../..");
      const viaMain = path.resolve(main, RELATIVE);
      if (fs.existsSync(viaMain)) return viaMain;
    }
  } catch {
    // not a linked worktree: the direct path is the answer
  }
  return direct;
}

export const WPS_SAMPLES_DIR = samplesDir();

export type WpsSample = "project-library-export.xls" | "project-library-template.xls";

export const WPS_SAMPLES: readonly WpsSample[] = [
  "project-library-export.xls",
  "project-library-template.xls",
];

/** Absolute path of a WPS sample. */
export function wpsSample(name: WpsSample): string {
  return path.join(WPS_SAMPLES_DIR, name);
}

/**
 * True when the samples are beside the repository (a checkout without shared/ has none). CI always
 * has shared/ beside its clone, so there a missing sample is an error, never a skipped test.
 */
export function wpsSamplesPresent(): boolean {
  const present = WPS_SAMPLES.every((n) => fs.existsSync(wpsSample(n)));
  if (!present && process.env.CI === "true") {
    throw new Error(`CI=true but the WPS samples are missing from ${WPS_SAMPLES_DIR}`);
  }
  return present;
}
