// LibreOffice Calc, headless, as a second producer of workbooks: converts files into a temp folder.
import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

const CANDIDATES = ["soffice", "libreoffice", "/usr/lib/libreoffice/program/soffice"];

let found: string | null | undefined;

/** The soffice binary, or null when LibreOffice is not installed. */
export function sofficePath(): string | null {
  if (found !== undefined) return found;
  found = null;
  for (const c of CANDIDATES) {
    const r = spawnSync(c, ["--version"], { encoding: "utf8", timeout: 60_000 });
    if (r.status === 0 && /LibreOffice/i.test(r.stdout)) {
      found = c;
      break;
    }
  }
  return found;
}

/**
 * Whether tests that need LibreOffice run here, and why not. On CI (CI=true) LibreOffice is
 * installed by .ci/run, so a missing soffice is a failure there, never a skip.
 */
export function libreOfficeStatus(): { available: boolean; reason: string } {
  if (sofficePath()) return { available: true, reason: "" };
  if (process.env.CI === "true") {
    throw new Error("CI=true but LibreOffice (soffice) is not installed: .ci/run must install it");
  }
  return {
    available: false,
    reason: "LibreOffice (soffice) is not installed here: apt-get install libreoffice-calc",
  };
}

/**
 * Converts each file to `format` (`xlsx`, `xls`, `ods` …) with LibreOffice into a fresh temp folder
 * and returns the converted paths in input order. One soffice run converts them all (start-up is the
 * cost), under its own throw-away profile so parallel runs never share a lock.
 */
export function convertWithLibreOffice(files: string[], format: string): string[] {
  const soffice = sofficePath();
  if (!soffice) throw new Error("LibreOffice (soffice) is not installed");
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "jxzp-lo-"));
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "jxzp-lo-profile-"));
  try {
    execFileSync(
      soffice,
      [
        `-env:UserInstallation=file://${profile}`,
        "--headless",
        "--norestore",
        "--convert-to",
        format,
        "--outdir",
        out,
        ...files,
      ],
      { stdio: "pipe", timeout: 300_000 }
    );
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
  return files.map((f) => {
    const converted = path.join(out, path.basename(f, path.extname(f)) + "." + format);
    if (!fs.existsSync(converted)) throw new Error(`LibreOffice did not convert ${f}`);
    return converted;
  });
}
