import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["node_modules/", ".neo4j*/", "scripts/neo4j/target/", "coverage/", "out/", "dist/"] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      // Yoga and Envelop hand plugin hooks plain functions to destructure (`endResponse`,
      // `setRequest`, `fetchAPI`); the rule cannot tell them from methods that need `this`.
      "@typescript-eslint/unbound-method": "off",
      // node's http.createServer takes Yoga's async request handler, which settles its own
      // promise; every other promise passed where nothing awaits it is still an error.
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { arguments: false } }],
      // Tables of handlers (the page routes) keep one async signature even when one entry
      // has nothing to await.
      "@typescript-eslint/require-await": "off",
    },
  },
  {
    // The stages after reading are pure: they take text from src/text, never from the
    // file reader, so a report read any way extracts the same.
    files: ["src/extract/**/*.ts", "src/structure/**/*.ts", "src/text/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["**/read/*", "**/read"], message: "extract, structure and text take text from src/text, never from src/read." }] },
      ],
    },
  },
  {
    // GraphQL responses and Neo4j rows in tests are untyped JSON checked by toEqual and
    // toMatchObject; typing every query result there would only restate the schema.
    files: ["tests/**/*.ts"],
    rules: {
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-call": "off",
      "@typescript-eslint/no-unsafe-argument": "off",
      "@typescript-eslint/no-unsafe-return": "off",
    },
  },
  { files: ["**/*.js", "**/*.mjs"], extends: [tseslint.configs.disableTypeChecked] },
);
