// The offline checker's weight: the one built page (dist/web/jxzp-checker.html), raw and gzipped.
import { existsSync, readFileSync } from "fs";
import * as path from "path";
import { gzipSync } from "zlib";
import type { Result } from "./run";

const PAGE = path.join(process.cwd(), "dist", "web", "jxzp-checker.html");
const TARGET_GZ_KB = 600;

export function webSizeBench(out: Result[]): void {
  if (!existsSync(PAGE)) throw new Error(`no ${PAGE}: run npm run build:web first`);
  const bytes = readFileSync(PAGE);
  const gz = gzipSync(bytes, { level: 9 }).length / 1024;
  out.push({
    area: "bundle",
    measure: "offline web page jxzp-checker.html, raw (everything inlined)",
    value: bytes.length / 1024,
    unit: "KB",
    target: "reported",
    ok: true,
  });
  out.push({
    area: "bundle",
    measure: "offline web page jxzp-checker.html, gzipped",
    value: gz,
    unit: "KB",
    target: `≤ ${TARGET_GZ_KB} KB`,
    ok: gz <= TARGET_GZ_KB,
  });
}
