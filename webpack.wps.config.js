// Builds the WPS 加载项 folder (dist/wps/jxzp/): the main page with the ribbon callbacks, the task pane,
// ribbon.xml and the icons. scripts/build-wps.js runs it and adds jsplugins.xml / publish.xml / the zip.
const path = require("path");
const fs = require("fs");
const HtmlWebpackPlugin = require("html-webpack-plugin");

/** Copies ribbon.xml and the icons (a few lines, as in webpack.config.js, instead of copy-webpack-plugin). */
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

function staticFiles() {
  const icons = fs
    .readdirSync(path.join(__dirname, "assets"))
    .filter((name) => /^icon-.*\.png$/.test(name))
    .map((name) => [path.join(__dirname, "assets", name), `assets/${name}`]);
  return [...icons, [path.join(__dirname, "src/wps/ribbon.xml"), "ribbon.xml"]];
}

module.exports = (env = {}, argv = {}) => {
  const dev = argv.mode === "development";
  return {
    mode: dev ? "development" : "production",
    devtool: dev ? "source-map" : false,
    target: ["web", "es2020"],
    entry: { main: "./src/wps/main.ts", pane: "./src/wps/pane/index.tsx" },
    output: {
      path: path.resolve(__dirname, env.outDir || "dist/wps/jxzp"),
      filename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              transpileOnly: true,
              configFile: path.resolve(__dirname, "tsconfig.json"),
              compilerOptions: { module: "esnext", target: "es2020", sourceMap: dev },
            },
          },
        },
      ],
    },
    plugins: [
      // The main page's callbacks must exist when WPS calls OnAddinLoad: a blocking script.
      new HtmlWebpackPlugin({
        filename: "index.html",
        template: "./src/wps/index.html",
        chunks: ["main"],
        scriptLoading: "blocking",
        inject: "body",
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/wps/pane/taskpane.html",
        chunks: ["pane"],
      }),
      new CopyStaticFiles(staticFiles),
    ],
    performance: { hints: false },
  };
};
