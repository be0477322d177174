// The linter for the extension's JavaScript (`build.py test` runs it; types are tsc's, tsconfig.json).
import js from "@eslint/js";
import globals from "globals";

export default [
  { ignores: ["dist/", "build/", "node_modules/", "tests/mocks/build/", ".venv/"] },
  js.configs.recommended,
  {
    files: ["extension/**/*.js", "extension/**/*.mjs"],
    languageOptions: {
      ecmaVersion: 2024,
      sourceType: "module",
      globals: { ...globals.browser, ...globals.webextensions },
    },
    rules: {
      "no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" }],
      eqeqeq: "error",
      "no-var": "error",
      "prefer-const": "error",
      "no-implicit-globals": "error",
      // Text goes in as text: nothing from the checker, the policy or the person is parsed as HTML.
      "no-restricted-properties": [
        "error",
        { property: "innerHTML", message: "Use textContent or el()." },
        { property: "outerHTML", message: "Use textContent or el()." },
        { property: "insertAdjacentHTML", message: "Use el()." },
      ],
      "no-restricted-syntax": ["error", { selector: "CallExpression[callee.property.name='write'][callee.object.name='document']", message: "No document.write." }],
    },
  },
  {
    // The mock sites' apps, built on the real editors.
    files: ["tests/mocks/**/*.js", "tests/mocks/**/*.jsx"],
    languageOptions: {
      ecmaVersion: 2024,
      sourceType: "module",
      parserOptions: { ecmaFeatures: { jsx: true } },
      globals: { ...globals.browser },
    },
    rules: { "no-unused-vars": ["error", { varsIgnorePattern: "^React$" }] }, // JSX uses React.createElement
  },
  {
    files: ["tools/**/*.mjs", "tests/**/*.mjs", "eslint.config.mjs"],
    languageOptions: { ecmaVersion: 2024, sourceType: "module", globals: { ...globals.node } },
  },
];
