// Builds the task pane (which is also the ribbon's function file) into dist/addin/; serves it over https in dev.
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { CopyStaticFiles, iconFiles, typescriptRule } = require("./scripts/webpack-parts");

const DEV_PORT = 3000;

function staticFiles() {
  return [...iconFiles(), [path.join(__dirname, "manifest.xml"), "manifest.xml"]];
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
      rules: [typescriptRule(dev)],
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
