import officeAddins from "eslint-plugin-office-addins";
import tseslint from "typescript-eslint";

// The plugin instance the office-addins config registers: ESLint refuses a second, different one.
const tsPlugin = officeAddins.configs.recommended.find((c) => c.plugins?.["@typescript-eslint"])
  .plugins["@typescript-eslint"];

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
  {
    // The core is pure: no Office globals, no DOM, no file system (ARCHITECTURE.md).
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-globals": [
        "error",
        "Office",
        "Excel",
        "OfficeExtension",
        "window",
        "document",
      ],
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            "fs",
            "node:*",
            "path",
            "exceljs",
            "react",
            "react-dom",
            "@fluentui/*",
            "../excel/*",
            "../cli/*",
            "../taskpane/*",
          ],
        },
      ],
    },
  },
  {
    // Office globals belong to the adapter, the ribbon commands and the pane's entry only.
    files: ["src/taskpane/**/*.{ts,tsx}", "src/cli/**/*.ts"],
    ignores: ["src/taskpane/index.tsx"],
    rules: { "no-restricted-globals": ["error", "Office", "Excel", "OfficeExtension"] },
  },
];
