// Builds the WPS 加载项 folder (dist/wps/jxzp/): the main page with the ribbon callbacks, the task pane,
// ribbon.xml and the icons. scripts/build-wps.js runs it and adds jsplugins.xml / publish.xml / the zip.
const path = require("path");
const {
  CopyStaticFiles,
  iconFiles,
  lowerLibrariesRule,
  typescriptRule,
} = require("./scripts/webpack-parts");
const HtmlWebpackPlugin = require("html-webpack-plugin");

function staticFiles() {
  return [...iconFiles(), [path.join(__dirname, "src/wps/ribbon.xml"), "ribbon.xml"]];
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
        // WPS's embedded browser may be as old as the intranet browsers the web page supports.
        lowerLibrariesRule(),
        typescriptRule(dev),
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
