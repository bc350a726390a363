// @ts-check
// The plain-Astro reference for `npm run bench`: one page per paper from `.md` files, nothing else,
// so the bench can print the site's build time and memory as a multiple of what Astro itself needs.
// The bench copies this folder next to the generated papers (as `papers/**/*.md`) and builds it there.
import { defineConfig } from "astro/config";

export default defineConfig({
  // Like the site: no syntax highlighting to do.
  markdown: { syntaxHighlight: false },
});
