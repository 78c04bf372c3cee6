import { builtinModules } from "node:module";
import officeAddins from "eslint-plugin-office-addins";
import tseslint from "typescript-eslint";

// The plugin instance the office-addins config registers: ESLint refuses a second, different one.
const tsPlugin = officeAddins.configs.recommended.find((c) => c.plugins?.["@typescript-eslint"])
  .plugins["@typescript-eslint"];

// Fences (docs/architecture.md): each is proven to fire by test/lint/fences.test.ts.
// `no-restricted-imports` options do not merge across config blocks (the last block wins), so every
// block below lists every pattern that applies to its files.

/** decimal.js only inside src/core/decimal.ts: one configured constructor, one rounding. */
const DECIMAL = {
  name: "decimal.js",
  message: "decimal.js is used only inside src/core/decimal.ts; import D / Dec from there.",
};

/** (a) No Node builtin in the core, by exact name (a group pattern "path" would also hit "./path"). */
const NODE_MESSAGE = "The core is pure: no Node builtins (files, paths, processes) in src/core.";
const NODE_BUILTINS = builtinModules.map((name) => ({ name, message: NODE_MESSAGE }));

/** (a) The core is pure: no UI or workbook library, no adapter at any depth. */
const CORE_PURE = [
  { group: ["node:*"], message: NODE_MESSAGE },
  {
    group: ["exceljs", "react", "react-dom", "react/*", "@fluentui/*", "@microsoft/office-js"],
    message: "The core is pure: workbook and UI libraries belong to the adapters.",
  },
  {
    regex: "^\\.{1,2}/(.*/)?(excel|cli|taskpane|commands|web|wps)(/.*)?$",
    message:
      "The core imports nothing from the adapters or hosts (excel, cli, taskpane, commands, web, wps).",
  },
];

/** (a) What a core file `depth` folders below src/core may import: nothing outside src/core either. */
function coreImports(depth, { allowDecimal = false } = {}) {
  const climbOut = {
    regex: `^(\\./)?(\\.\\./){${depth + 1}}`,
    message: "The core imports nothing outside src/core.",
  };
  return [
    "error",
    {
      paths: allowDecimal ? NODE_BUILTINS : [...NODE_BUILTINS, DECIMAL],
      patterns: [...CORE_PURE, climbOut],
    },
  ];
}

/** (a) No DOM, no Office, no Node globals either: the core runs the same in every host. */
const CORE_GLOBALS = [
  ...["Office", "Excel", "OfficeExtension", "window", "document", "navigator", "self", "fetch"],
  ...["localStorage", "sessionStorage", "XMLHttpRequest", "DOMParser", "HTMLElement"],
  ...["process", "Buffer", "require", "module", "__dirname", "__filename", "global"],
];

/** (b) Adapters and tools see the core only through its index (`../core`, never `../core/xyz`). */
const CORE_INDEX_ONLY = {
  regex: "^(\\.\\./)+(src/)?core/.+",
  message:
    'Import the core through its index (src/core/index.ts), e.g. "../core"; export what you need there.',
};

/** Nothing but the tests imports test/: shared helpers live in testkit/. */
const NO_TEST = {
  regex: "^(\\.\\./)+test(/|$)",
  message: "Only tests import test/; move what you need into testkit/.",
};

/** Shipped code does not lean on the testkit either: the package holds src/ alone. */
const NO_TESTKIT = {
  regex: "^(\\.\\./)+testkit(/|$)",
  message: "Shipped code imports nothing from testkit/ (it is not in the package).",
};

const CORE_EXT = "{ts,tsx}";

/** (d) The file layer is host-neutral: bytes in, sheets out; the offline web page reuses it. */
const FILES_NODE_MESSAGE =
  "src/files is host-neutral (the web page reuses it): no Node builtins; the CLI opens files.";
const FILES_NODE = builtinModules.map((name) => ({ name, message: FILES_NODE_MESSAGE }));
const FILES_NO_HOST = {
  regex: "^\\.\\./(cli|excel|taskpane|commands|wps)(/|$)",
  message: "src/files imports no host (cli, excel, taskpane, commands, wps): hosts import it.",
};

/** (e) src/web/logic: the page's DOM-free controller; the React page is src/web/page. */
const WEB_LOGIC_MESSAGE =
  "src/web/logic is the web page's DOM-free controller (Node tests and the parity driver run it): DOM and React belong in src/web/page.";

const fences = [
  {
    // (a) At any depth: the patterns above, the globals, no run-time module loading.
    files: [`src/core/**/*.${CORE_EXT}`],
    rules: {
      "no-restricted-imports": [
        "error",
        { paths: [...NODE_BUILTINS, DECIMAL], patterns: CORE_PURE },
      ],
      "no-restricted-globals": ["error", ...CORE_GLOBALS],
      "no-restricted-syntax": [
        "error",
        { selector: "ImportExpression", message: "The core loads no module at run time." },
      ],
    },
  },
  // (a) Down to four folders deep, also no climbing out of src/core (deeper files keep the above).
  ...[0, 1, 2, 3, 4].map((depth) => ({
    files: [`src/core/${"*/".repeat(depth)}*.${CORE_EXT}`],
    rules: { "no-restricted-imports": coreImports(depth) },
  })),
  {
    // (c) The decimal module is the one place decimal.js is imported.
    files: ["src/core/decimal.ts"],
    rules: { "no-restricted-imports": coreImports(0, { allowDecimal: true }) },
  },
  {
    // (b) + (c) for the adapters, the ribbon and the pane.
    files: ["src/{cli,excel,taskpane,commands,wps,host,web}/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        { paths: [DECIMAL], patterns: [CORE_INDEX_ONLY, NO_TEST, NO_TESTKIT] },
      ],
    },
  },
  {
    // (e) The web page's controller runs in Node too (tests, the parity driver): no DOM, no React.
    files: ["src/web/logic/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [DECIMAL],
          patterns: [
            CORE_INDEX_ONLY,
            NO_TEST,
            NO_TESTKIT,
            {
              group: ["react", "react-dom", "react/*", "react-dom/*", "@fluentui/*"],
              message: WEB_LOGIC_MESSAGE,
            },
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        ...["window", "document", "navigator", "localStorage", "fetch", "XMLHttpRequest"].map(
          (name) => ({ name, message: WEB_LOGIC_MESSAGE })
        ),
        ...["Blob", "HTMLElement", "requestAnimationFrame"].map((name) => ({
          name,
          message: WEB_LOGIC_MESSAGE,
        })),
      ],
    },
  },
  {
    // (d) The file layer: no Node, no host, the core through its index.
    files: ["src/files/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [...FILES_NODE, DECIMAL],
          patterns: [
            { group: ["node:*"], message: FILES_NODE_MESSAGE },
            FILES_NO_HOST,
            CORE_INDEX_ONLY,
            NO_TEST,
            NO_TESTKIT,
          ],
        },
      ],
      "no-restricted-globals": ["error", "process", "Buffer", "require", "__dirname", "global"],
    },
  },
  {
    // (b) + (c) for the tools that drive the core (they may use the testkit, not test/).
    files: ["bench/**/*.{ts,js}", "scripts/**/*.{ts,js}"],
    rules: {
      "no-restricted-imports": [
        "error",
        { paths: [DECIMAL], patterns: [CORE_INDEX_ONLY, NO_TEST] },
      ],
    },
  },
  {
    // The testkit serves the tools too, so it must not reach into test/ on their behalf.
    files: ["testkit/**/*.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [NO_TEST] }] },
  },
];

export default [
  {
    ignores: [
      "node_modules/",
      "dist/",
      "out/",
      "coverage/",
      "test/artifacts/",
      "bench/results.json",
    ],
  },
  ...officeAddins.configs.react,
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: {
      parser: tseslint.parser,
      ecmaVersion: 2022,
      sourceType: "module",
      parserOptions: { ecmaFeatures: { jsx: true } },
      globals: {
        console: "readonly",
        process: "readonly",
        require: "readonly",
        module: "readonly",
        __dirname: "readonly",
        Buffer: "readonly",
        setTimeout: "readonly",
        clearTimeout: "readonly",
        window: "readonly",
        document: "readonly",
        navigator: "readonly",
        Office: "readonly",
        Excel: "readonly",
        OfficeExtension: "readonly",
        URL: "readonly",
        TextEncoder: "readonly",
        TextDecoder: "readonly",
      },
    },
    rules: {
      "no-undef": "off",
      "react/react-in-jsx-scope": "off",
      "react/prop-types": "off",
    },
  },
  {
    // The office-addins config applies the TypeScript unused-vars rule to .ts only; .tsx needs it too.
    files: ["**/*.tsx"],
    plugins: { "@typescript-eslint": tsPlugin },
    rules: {
      "no-unused-vars": "off",
      "@typescript-eslint/no-unused-vars": "error",
    },
  },
  {
    files: ["**/*.{js,cjs,mjs}"],
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: "commonjs",
      globals: {
        console: "readonly",
        process: "readonly",
        require: "readonly",
        module: "writable",
        __dirname: "readonly",
        Buffer: "readonly",
      },
    },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["eslint.config.mjs"],
    languageOptions: { sourceType: "module" },
  },
  ...fences,
  {
    // Office globals belong to the adapter, the ribbon commands and the pane's entry only.
    files: ["src/taskpane/**/*.{ts,tsx}", "src/cli/**/*.ts", "src/wps/**/*.{ts,tsx}"],
    ignores: ["src/taskpane/index.tsx"],
    rules: { "no-restricted-globals": ["error", "Office", "Excel", "OfficeExtension"] },
  },
  {
    // The WPS adapter is DOM-free (its tests run in Node on the fake ET); only its pages touch the page.
    files: ["src/wps/**/*.ts"],
    ignores: ["src/wps/main.ts", "src/wps/pane/**"],
    rules: {
      "no-restricted-globals": [
        "error",
        ...["Office", "Excel", "OfficeExtension", "window", "document", "navigator", "DOMParser"],
      ],
    },
  },
];
