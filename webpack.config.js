// Builds the task pane (which is also the ribbon's function file) into dist/addin/; serves it over https in dev.
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const fs = require("fs");

const DEV_PORT = 3000;

/**
 * Copies the icons and the manifest into the output. A few lines instead of copy-webpack-plugin,
 * whose option validation (schema-utils → ajv-keywords) crashes on the ajv 6 hoisted in node_modules.
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

function staticFiles() {
  const icons = fs
    .readdirSync(path.join(__dirname, "assets"))
    .filter((name) => /^icon-.*\.png$/.test(name))
    .map((name) => [path.join(__dirname, "assets", name), `assets/${name}`]);
  return [...icons, [path.join(__dirname, "manifest.xml"), "manifest.xml"]];
}

/** Certificates are only needed by `webpack serve`, so a production build works offline without them. */
async function devServerHttps() {
  const devCerts = require("office-addin-dev-certs");
  const options = await devCerts.getHttpsServerOptions();
  return { type: "https", options: { ca: options.ca, key: options.key, cert: options.cert } };
}

module.exports = async (env = {}, argv = {}) => {
  const dev = argv.mode !== "production";
  return {
    mode: dev ? "development" : "production",
    devtool: dev ? "source-map" : false,
    target: ["web", "es2020"],
    entry: { taskpane: "./src/taskpane/index.tsx" },
    output: {
      path: path.resolve(__dirname, "dist/addin"),
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
              // ES modules let webpack tree-shake Fluent UI; the repo's tsconfig emits CommonJS for Node.
              compilerOptions: { module: "esnext", target: "es2020", sourceMap: dev },
            },
          },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
      }),
      new HtmlWebpackPlugin({
        filename: "support.html",
        template: "./src/taskpane/support.html",
        chunks: [],
      }),
      new CopyStaticFiles(staticFiles),
    ],
    performance: {
      hints: dev ? false : "warning",
      maxEntrypointSize: 1024 * 1024,
      maxAssetSize: 1024 * 1024,
    },
    devServer: env.WEBPACK_SERVE
      ? {
          port: DEV_PORT,
          server: await devServerHttps(),
          headers: { "Access-Control-Allow-Origin": "*" },
          static: false,
        }
      : undefined,
  };
};
