// The pieces the three webpack builds share: the add-in (webpack.config.js), the offline web page
// (webpack.web.config.js) and the WPS 加载项 (webpack.wps.config.js).
const fs = require("fs");
const path = require("path");

const ROOT = path.resolve(__dirname, "..");

/**
 * Emits files as they are (icons, the manifest, ribbon.xml). A few lines instead of
 * copy-webpack-plugin, whose option validation (schema-utils → ajv-keywords) crashes on the ajv 6
 * hoisted in node_modules. `files()` returns [from, to] pairs.
 */
class CopyStaticFiles {
  constructor(files) {
    this.files = files;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("CopyStaticFiles", (compilation) => {
      compilation.hooks.processAssets.tap(
        {
          name: "CopyStaticFiles",
          stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL,
        },
        () => {
          for (const [from, to] of this.files()) {
            compilation.fileDependencies.add(from);
            compilation.emitAsset(
              to,
              new compiler.webpack.sources.RawSource(fs.readFileSync(from))
            );
          }
        }
      );
    });
  }
}

/** The icons in assets/ as [from, to] pairs for CopyStaticFiles. */
function iconFiles() {
  return fs
    .readdirSync(path.join(ROOT, "assets"))
    .filter((name) => /^icon-.*\.png$/.test(name))
    .map((name) => [path.join(ROOT, "assets", name), `assets/${name}`]);
}

/**
 * Our TypeScript through ts-loader: ES modules so webpack tree-shakes Fluent UI (the repo's tsconfig
 * emits CommonJS for Node), ES2020 output.
 */
function typescriptRule(sourceMap) {
  return {
    test: /\.tsx?$/,
    exclude: /node_modules/,
    use: {
      loader: "ts-loader",
      options: {
        transpileOnly: true,
        configFile: path.join(ROOT, "tsconfig.json"),
        compilerOptions: { module: "esnext", target: "es2020", sourceMap },
      },
    },
  };
}

/** Library code newer than ES2020 (tabster's `??=`, ...) lowered for Chromium 86 (web page, WPS pane). */
function lowerLibrariesRule() {
  return {
    test: /\.m?js$/,
    include: /node_modules/,
    use: { loader: path.join(ROOT, "src/web/build/es2020-loader.js") },
  };
}

module.exports = { CopyStaticFiles, iconFiles, typescriptRule, lowerLibrariesRule };
