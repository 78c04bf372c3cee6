// `npm run build:wps [-- --base-url http://intranet/jxzp/]`: the WPS 加载项 for an intranet, offline.
// dist/wps/jxzp/ is the add-in folder to copy onto the web server (or into jsaddons/); beside it
// jsplugins.xml (online), jsplugins-offline.xml, publish.xml and jxzp_<version>.zip. The base URL is the
// folder's address as the clerks' WPS will fetch it: --base-url, else JXZP_WPS_BASE_URL.
"use strict";
const path = require("path");
const fs = require("fs");
const webpack = require("webpack");
const { normalizeBaseUrl, writePackage } = require("./wps-package");

const root = path.resolve(__dirname, "..");
const DEFAULT_BASE_URL = "http://127.0.0.1:8080/jxzp/";

function argValue(name) {
  const args = process.argv.slice(2);
  const i = args.findIndex((a) => a === name || a.startsWith(`${name}=`));
  if (i < 0) return undefined;
  return args[i].includes("=") ? args[i].slice(name.length + 1) : args[i + 1];
}

async function main() {
  const given = argValue("--base-url") ?? process.env.JXZP_WPS_BASE_URL;
  const baseUrl = normalizeBaseUrl(given ?? DEFAULT_BASE_URL);
  if (!given)
    process.stderr.write(
      `build:wps: no --base-url given, using ${DEFAULT_BASE_URL} (a local test server)\n`
    );
  const outDir = path.join(root, "dist/wps");
  fs.rmSync(outDir, { recursive: true, force: true });
  const config = require(path.join(root, "webpack.wps.config.js"))({}, { mode: "production" });
  const stats = await new Promise((resolve, reject) =>
    webpack(config, (err, s) => (err ? reject(err) : resolve(s)))
  );
  if (stats.hasErrors()) {
    process.stderr.write(stats.toString({ all: false, errors: true }) + "\n");
    process.exit(1);
  }
  const { version } = require(path.join(root, "package.json"));
  const files = writePackage({ outDir, folder: config.output.path, baseUrl, version });
  process.stdout.write(`build:wps: dist/wps/jxzp/ + ${files.join(", ")} (base URL ${baseUrl})\n`);
}

main().catch((e) => {
  process.stderr.write(`build:wps: ${e.message}\n`);
  process.exit(2);
});
