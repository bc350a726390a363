// @ts-check
import eslintPluginAstro from "eslint-plugin-astro";
import { defineConfig } from "eslint/config";
import tseslint from "typescript-eslint";

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
