// `node scripts/clean.js <dir>...`: removes build outputs first, so a file whose source is gone
// (an old dist/cli/src/… layout, a deleted module) never stays behind to be packed or run.
"use strict";
const fs = require("fs");
const path = require("path");

const root = path.resolve(__dirname, "..");
for (const dir of process.argv.slice(2)) {
  const target = path.resolve(root, dir);
  // Only ever inside dist/: a typo must not delete sources.
  if (!target.startsWith(path.join(root, "dist") + path.sep)) {
    process.stderr.write(`clean: refusing to remove ${dir} (not under dist/)\n`);
    process.exit(2);
  }
  fs.rmSync(target, { recursive: true, force: true });
}
