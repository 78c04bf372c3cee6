// Builds the offline checker (src/web) into ONE self-contained file: dist/web/jxzp-checker.html.
// Classic script (no ES modules, no chunk loading), ES2020 syntax for Chromium 86, a CSP that forbids
// every connection and allows only the one inlined script (by its hash).
const crypto = require("crypto");
const fs = require("fs");
const path = require("path");
const webpack = require("webpack");
const { lowerLibrariesRule, typescriptRule } = require("./scripts/webpack-parts");

const OUT_DIR = path.resolve(__dirname, "dist/web");
const PAGE = "jxzp-checker.html";
const TEMPLATE = path.resolve(__dirname, "src/web/checker.html");

/**
 * The page's Content-Security-Policy. Nothing may be fetched or connected to; the script runs by
 * hash; Griffel (Fluent UI's CSS-in-JS) inserts <style> rules, so inline styles are allowed; the
 * print frame is a srcdoc document; downloads use blob: URLs (not governed by these directives).
 */
function csp(scriptHash) {
  return [
    "default-src 'none'",
    `script-src '${scriptHash}'`,
    "style-src 'unsafe-inline'",
    "img-src data: blob:",
    "font-src data:",
    "connect-src 'none'",
    "worker-src 'none'",
    "child-src 'self'",
    "frame-src 'self'",
    "object-src 'none'",
    "media-src 'none'",
    "manifest-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
}

/** A script body that cannot end its <script> element early or enter the HTML parser's escape states. */
function scriptSafe(code) {
  return code.replace(/<\/(script)/gi, "<\\/$1").replace(/<!--/g, "<\\!--");
}

/**
 * Inlines the one JS asset into the template and emits the page; the JS file itself is not emitted.
 * A few lines instead of html-inline-script-webpack-plugin and friends: the page must be exactly one
 * file, one classic script, and the CSP must carry that script's hash.
 */
class InlineSingleFile {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("InlineSingleFile", (compilation) => {
      compilation.fileDependencies.add(TEMPLATE);
      compilation.hooks.processAssets.tap(
        {
          name: "InlineSingleFile",
          // After minification (OPTIMIZE_SIZE), so the page holds the minified code.
          stage: webpack.Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_INLINE,
        },
        (assets) => {
          const scripts = Object.keys(assets).filter((name) => name.endsWith(".js"));
          if (scripts.length !== 1) {
            compilation.errors.push(
              new webpack.WebpackError(
                `InlineSingleFile: expected one script, got ${scripts.join(", ")}`
              )
            );
            return;
          }
          const code = scriptSafe(assets[scripts[0]].source().toString());
          const hash = `sha256-${crypto.createHash("sha256").update(code, "utf8").digest("base64")}`;
          const html = fs
            .readFileSync(TEMPLATE, "utf8")
            .replace("%CSP%", () => csp(hash))
            .replace("%SCRIPT%", () => `<script>${code}</script>`);
          compilation.deleteAsset(scripts[0]);
          for (const name of Object.keys(assets)) {
            if (name.endsWith(".LICENSE.txt")) compilation.deleteAsset(name);
          }
          // `minimized`: webpack's HTML minimizer must leave the page alone; it would re-minify the
          // script (the CSP hash would no longer match) and unquote the CSP attribute.
          compilation.emitAsset(PAGE, new webpack.sources.RawSource(html), { minimized: true });
        }
      );
    });
  }
}

module.exports = (...args) => {
  const argv = args[1] ?? {};
  const dev = argv.mode === "development";
  return {
    mode: dev ? "development" : "production",
    devtool: false,
    context: __dirname,
    target: ["web", "es2020"],
    entry: { checker: "./src/web/index.tsx" },
    output: {
      path: OUT_DIR,
      filename: "[name].js",
      publicPath: "",
      iife: true,
      clean: true,
      // One chunk, no runtime loading: a file:// page cannot fetch a second script.
      chunkLoading: false,
      asyncChunks: false,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [lowerLibrariesRule(), typescriptRule(false)],
    },
    optimization: {
      splitChunks: false,
      runtimeChunk: false,
      minimize: !dev,
    },
    plugins: [
      new webpack.optimize.LimitChunkCountPlugin({ maxChunks: 1 }),
      new webpack.DefinePlugin({
        "process.env.NODE_ENV": JSON.stringify(dev ? "development" : "production"),
      }),
      new InlineSingleFile(),
    ],
    performance: { hints: false },
  };
};
