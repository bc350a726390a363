// @ts-check
import eslintPluginAstro from "eslint-plugin-astro";
import { createNodeResolver, importX } from "eslint-plugin-import-x";
import { defineConfig } from "eslint/config";
import tseslint from "typescript-eslint";

/**
 * No import cycles in the site's code: each module must load without waiting on its own importers.
 * @type {import("eslint").Linter.Config}
 */
export const importCycles = {
  files: ["src/**/*.ts", "src/**/*.astro"],
  plugins: { "import-x": importX },
  settings: {
    "import-x/resolver-next": [createNodeResolver({ extensions: [".ts", ".astro", ".js"] })],
    "import-x/extensions": [".ts", ".astro", ".js"],
    // A component's imports are read with the parser of the file linted: a cycle is reported where it
    // leaves a component (astro-eslint-parser is ESM only, which import-x cannot load by name).
    "import-x/parsers": { "@typescript-eslint/parser": [".ts"] },
  },
  rules: { "import-x/no-cycle": ["error", { ignoreExternal: true }] },
};

export default defineConfig(
  {
    ignores: [
      "dist/",
      "dist-*/",
      ".astro/",
      "node_modules/",
      "test-results/",
      "playwright-report/",
      // A separate Astro project (its own content types), built only by `npm run bench`.
      "bench/reference-site/",
    ],
  },
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  eslintPluginAstro.configs["flat/recommended"],
  eslintPluginAstro.configs["flat/jsx-a11y-recommended"],
  {
    rules: {
      // A <pre> that scrolls sideways must take keyboard focus to be scrolled (axe: scrollable-region-focusable).
      "astro/jsx-a11y/no-noninteractive-tabindex": [
        "error",
        { tags: ["pre"], roles: ["tabpanel"], allowExpressionValues: true },
      ],
    },
  },
  importCycles,
  {
    // Vitest's asymmetric matchers (expect.stringMatching, expect.objectContaining...) are typed `any`.
    files: ["tests/**/*.ts"],
    rules: { "@typescript-eslint/no-unsafe-assignment": "off" },
  },
  {
    // The TypeScript project knows no Astro component, nor the <script> blocks linted as virtual files
    // inside one; type-aware rules there would only fail to parse.
    files: ["**/*.astro", "**/*.astro/*.ts", "**/*.astro/*.js"],
    extends: [tseslint.configs.disableTypeChecked],
  },
);
