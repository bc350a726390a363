// @ts-check
import mdx from "@astrojs/mdx";
import sitemap from "@astrojs/sitemap";
import { defineConfig } from "astro/config";
import siteConfig from "./site.config.ts";
import { contentStoreFromDisk } from "./src/integrations/content-store-from-disk.ts";
import { katexAssets } from "./src/integrations/katex-assets.ts";

// Tests and benchmarks build several sites side by side (OUT_DIR); each keeps its own cache,
// so one build's content store never leaks into another's.
const outDir = process.env["OUT_DIR"] || "./dist";
const cacheDir =
  outDir === "./dist"
    ? "./node_modules/.astro"
    : `./node_modules/.astro-${outDir.replace(/[^\w-]+/g, "_")}`;

export default defineConfig({
  site: siteConfig.url,
  base: siteConfig.base,
  trailingSlash: "always",
  outDir,
  cacheDir,
  integrations: [
    mdx(),
    katexAssets(),
    contentStoreFromDisk(),
    // Pages only: every page URL ends in "/", while feeds and other files (rss.xml, robots.txt) do not.
    sitemap({ filter: (page) => page.endsWith("/") }),
  ],
  experimental: {
    // Pages of papers carry a cacheKey of everything they show (src/data/papers.ts), so a rebuild
    // after a one-paper pull request renders only the pages that paper is on.
    incrementalBuild: true,
  },
});
