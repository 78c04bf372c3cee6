// Test helper: LibreOffice Calc headless (Debian's libreoffice-calc, installed by .ci/run) converts files.
import { execFile } from "child_process";
import { existsSync, promises as fs } from "fs";
import * as os from "os";
import * as path from "path";

const CANDIDATES = ["/usr/bin/soffice", "/usr/lib/libreoffice/program/soffice"];

export const SOFFICE: string | null = CANDIDATES.find((p) => existsSync(p)) ?? null;

/**
 * `describe` when LibreOffice is installed; on CI its absence is a failure (CI installs it), on a
 * developer's machine the suite is skipped with a note.
 */
export function describeWithLibreOffice(name: string, body: () => void): void {
  if (SOFFICE || process.env.CI) {
    describe(name, () => {
      beforeAll(() => {
        if (!SOFFICE)
          throw new Error(
            "LibreOffice (soffice) is not installed: apt-get install libreoffice-calc"
          );
      });
      body();
    });
  } else {
    describe.skip(`${name} (LibreOffice not installed)`, body);
  }
}

/**
 * Converts every file in `files` to `to` (e.g. "xlsx") into `outDir` in one LibreOffice run, with a
 * private profile so parallel runs do not share one. Returns the output paths, in input order.
 */
export async function convert(files: string[], to: string, outDir: string): Promise<string[]> {
  if (!SOFFICE) throw new Error("LibreOffice is not installed");
  await fs.mkdir(outDir, { recursive: true });
  const profile = await fs.mkdtemp(path.join(os.tmpdir(), "jxzp-lo-profile-"));
  try {
    await new Promise<void>((resolve, reject) => {
      execFile(
        SOFFICE!,
        [
          `-env:UserInstallation=file://${profile}`,
          "--headless",
          "--norestore",
          "--convert-to",
          to,
          "--outdir",
          outDir,
          ...files,
        ],
        { timeout: 300_000 },
        (err, _stdout, stderr) =>
          err ? reject(new Error(`soffice: ${err.message} ${stderr}`)) : resolve()
      );
    });
  } finally {
    await fs.rm(profile, { recursive: true, force: true });
  }
  const ext = to.split(":")[0];
  const outs = files.map((f) => path.join(outDir, `${path.basename(f, path.extname(f))}.${ext}`));
  for (const o of outs) if (!existsSync(o)) throw new Error(`LibreOffice did not write ${o}`);
  return outs;
}

/** The WPS-saved samples beside the repository (`../shared/samples/wps/`), resolved from the repo root. */
export function wpsSamples(): string[] {
  const dir = path.resolve(__dirname, "../../..", "../shared/samples/wps/");
  if (!existsSync(dir)) return [];
  return ["project-library-export.xls", "project-library-template.xls"]
    .map((f) => path.join(dir, f))
    .filter((f) => existsSync(f));
}
