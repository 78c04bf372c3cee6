// The package version, for --version and the batch report's summary.
import * as fs from "fs";
import * as path from "path";

/** The package version, found by walking up to our package.json (src/ and dist/ alike). */
export function packageVersion(): string {
  let dir = __dirname;
  for (let i = 0; i < 6; i++) {
    const file = path.join(dir, "package.json");
    try {
      const pkg = JSON.parse(fs.readFileSync(file, "utf8")) as { name?: string; version?: string };
      if (pkg.name === "jixiao-ziping" && pkg.version) return pkg.version;
    } catch {
      // not here: keep walking up
    }
    dir = path.dirname(dir);
  }
  return "unknown";
}
