// Where a command may write: into a folder that exists (none is ever created), never onto an input.
import { promises as fs } from "fs";
import * as path from "path";
import { CliError, messages } from "./errors";
import { errnoOf } from "./read-input";

/** Refuses an output whose folder does not exist: a typo must not silently create folders. */
export async function requireOutputDir(out: string): Promise<void> {
  const outDir = path.dirname(path.resolve(out));
  const ok = await fs.stat(outDir).then(
    (st) => st.isDirectory(),
    () => false
  );
  if (!ok) throw new CliError("OUTPUT_DIR_MISSING", messages.outputDirMissing(outDir));
}

/** The real path an output will have (through links in its folder), whether or not it exists yet. */
export async function realOutputPath(out: string): Promise<string> {
  try {
    return await fs.realpath(out);
  } catch {
    const dir = await fs.realpath(path.dirname(path.resolve(out)));
    return path.join(dir, path.basename(out));
  }
}

/** Writes the output, turning a failure into the one-line WRITE_FAILED error. */
export async function writeOutput(out: string, bytes: Uint8Array | string): Promise<void> {
  try {
    await fs.writeFile(out, bytes);
  } catch (err) {
    throw new CliError("WRITE_FAILED", messages.writeFailed(errnoOf(err)));
  }
}
