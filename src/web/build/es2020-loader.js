// Webpack loader for the offline page: library code newer than ES2020 (`??=`, class static blocks,
// `#private` fields) is lowered to ES2020 with TypeScript's transpiler, so Chromium 86 parses it.
// Files without such syntax pass through untouched (most of node_modules), keeping the build fast.
const ts = require("typescript");

// A cheap pre-check: logical assignment, static blocks, private names. A false hit only costs time.
const NEWER = /\?\?=|\|\|=|&&=|static\s*\{|#[A-Za-z_$]/;

module.exports = function es2020Loader(source) {
  if (!NEWER.test(source)) return source;
  const out = ts.transpileModule(source, {
    fileName: this.resourcePath,
    compilerOptions: {
      allowJs: true,
      target: ts.ScriptTarget.ES2020,
      module: ts.ModuleKind.ESNext,
      // Keep `import`/`export` as they are so webpack still tree-shakes the library.
      verbatimModuleSyntax: false,
      isolatedModules: true,
      removeComments: false,
    },
    reportDiagnostics: false,
  });
  return out.outputText;
};
