// Node side of the browser tests: builds the add-in when stale, bundles the emulator, serves dist/addin.
import fs from "fs";
import http from "http";
import os from "os";
import path from "path";
import type { AddressInfo } from "net";
import webpack from "webpack";

export const ROOT = path.resolve(__dirname, "../..");
export const DIST = path.join(ROOT, "dist/addin");

/** Newest modification time of every file under `dir` (recursively). */
export function newest(dir: string): number {
  let latest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    const t = entry.isDirectory() ? newest(full) : fs.statSync(full).mtimeMs;
    if (t > latest) latest = t;
  }
  return latest;
}

/** Runs one webpack build; rejects with webpack's own error text. */
export function compile(config: webpack.Configuration): Promise<webpack.Stats> {
  return new Promise((resolve, reject) => {
    webpack(config, (err, stats) => {
      if (err) return reject(err);
      if (!stats || stats.hasErrors()) {
        return reject(new Error(stats?.toString({ all: false, errors: true }) ?? "webpack failed"));
      }
      resolve(stats);
    });
  });
}

/** Runs the production build unless dist/addin is newer than every source it is built from. */
export async function ensureProductionBuild(): Promise<void> {
  const html = path.join(DIST, "taskpane.html");
  const inputs = [
    newest(path.join(ROOT, "src")),
    newest(path.join(ROOT, "assets")),
    fs.statSync(path.join(ROOT, "webpack.config.js")).mtimeMs,
    fs.statSync(path.join(ROOT, "manifest.xml")).mtimeMs,
  ];
  if (fs.existsSync(html) && fs.statSync(html).mtimeMs > Math.max(...inputs)) return;
  const configFn = require(path.join(ROOT, "webpack.config.js")) as (
    env: Record<string, unknown>,
    argv: Record<string, unknown>
  ) => Promise<webpack.Configuration>;
  const config = await configFn({}, { mode: "production" });
  await compile({ ...config, context: ROOT });
}

/**
 * A test-side TypeScript entry (an emulator, a fake host) as one browser script, returned as text
 * for `page.addInitScript`.
 */
export async function bundleForBrowser(entry: string): Promise<string> {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "jxzp-bundle-"));
  await compile({
    mode: "development",
    devtool: false,
    context: ROOT,
    target: ["web", "es2020"],
    entry,
    output: { path: out, filename: "bundle.js", iife: true },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              transpileOnly: true,
              compilerOptions: { module: "esnext", target: "es2020" },
            },
          },
        },
      ],
    },
  });
  const code = fs.readFileSync(path.join(out, "bundle.js"), "utf8");
  fs.rmSync(out, { recursive: true, force: true });
  return code;
}

/** The emulator as one browser script (IIFE) defining `globalThis.__jxzpEmulator`. */
export function bundleEmulator(): Promise<string> {
  return bundleForBrowser(path.join(__dirname, "emulator-entry.ts"));
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".png": "image/png",
  ".xml": "application/xml",
  ".json": "application/json",
};

/** A static server for `dir` on 127.0.0.1 and a random port. */
export async function serve(dir: string): Promise<{ origin: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const file = path.join(dir, path.normalize(decodeURIComponent(url.pathname)));
    if (!file.startsWith(dir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream" });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
