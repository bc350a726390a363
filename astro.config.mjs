// @ts-check
import mdx from "@astrojs/mdx";
import sitemap from "@astrojs/sitemap";
import { defineConfig } from "astro/config";
import siteConfig from "./site.config.ts";
import { buildGarbageCollection } from "./src/integrations/build-garbage-collection.ts";
import { contentStoreFromDisk } from "./src/integrations/content-store-from-disk.ts";
import { katexAssets } from "./src/integrations/katex-assets.ts";
import { keepOutputFolder } from "./src/integrations/keep-output-folder.ts";
import { workerFiles } from "./src/integrations/worker-files.ts";

// OUT_DIR builds into another folder than ./dist (tests and benchmarks build several sites side by
// side); each keeps its own cache, so one build's content store never leaks into another's.
const outDir = process.env["OUT_DIR"] || "./dist";
const cacheDir =
  outDir === "./dist"
    ? "./node_modules/.astro"
    : `./node_modules/.astro-${outDir.replace(/[^\w-]+/g, "_")}`;

export default defineConfig({
  site: siteConfig.url,
  base: siteConfig.base,
  // The dev server matches a route's static paths only as "always" writes them, with a "/" at the
  // end, while the search worker asks for index files as a build writes them: manifest.json, not
  // manifest.json/. It accepts both while developing; every build keeps the one form.
  trailingSlash: process.argv.includes("dev") ? "ignore" : "always",
  // Scoped styles by class, not by a data-astro-cid attribute on every element: the same specificity,
  // in fewer bytes on pages of hundreds of cards (docs/performance.md, "Largest page").
  scopedStyleStrategy: "class",
  outDir,
  cacheDir,
  build: {
    // Renders the next pages while earlier ones are written to disk (and to the incremental build's
    // cache); more than 4 at a time gained nothing (docs/performance.md).
    concurrency: 4,
  },
  integrations: [
    mdx(),
    // Fewer full garbage collections while pages are written (figures in docs/performance.md).
    buildGarbageCollection(),
    katexAssets(),
    contentStoreFromDisk(),
    workerFiles(),
    // Pages only: every page URL ends in "/", while feeds and other files (rss.xml, robots.txt) do not.
    sitemap({ filter: (page) => page.endsWith("/") }),
    // Last, so that it runs after every other integration has written its files. It refuses an output
    // folder holding files no build of this site wrote, before anything is written.
    keepOutputFolder({ papersDir: siteConfig.papersDir }),
  ],
  // Abstracts are rendered by src/lib/content/render-abstract.ts, never by Astro's Markdown, so Shiki (whose
  // inline styles the Content Security Policy below would refuse) has nothing to highlight.
  markdown: { syntaxHighlight: false },
  security: {
    // Astro writes the policy into a <meta http-equiv="content-security-policy"> on every page, with
    // script-src and style-src set to 'self' plus the hashes of the scripts and styles it bundles or
    // inlines, so nothing else inline runs or applies: no 'unsafe-inline', no 'unsafe-eval'. Pages
    // add to it through Astro.csp (BaseLayout.astro). A <meta> cannot carry frame-ancestors; the
    // README's Deploy section says which header a host adds for that.
    csp: {
      directives: [
        // Whatever is not named below (frames, media, manifests, prefetch...) is refused.
        "default-src 'none'",
        // Paper thumbnails and the favicon are files of the site.
        "img-src 'self'",
        // KaTeX's fonts, served by the site itself (src/integrations/katex-assets.ts).
        "font-src 'self'",
        // Search: the page starts a module worker from the site, which fetches the index files.
        "worker-src 'self'",
        "connect-src 'self'",
        // The header's search box submits to the site's own /search/.
        "form-action 'self'",
        // No page sets a <base>, so none may re-point the pages' relative URLs.
        "base-uri 'none'",
        // No plugins; named on its own because checkers look for it rather than default-src.
        "object-src 'none'",
      ],
      scriptDirective: {
        // Event-handler attributes (onclick=, onerror=...) never run, whatever else is allowed.
        resources: [{ resource: "'none'", kind: "attribute" }],
      },
    },
  },
  vite: {
    // The search worker is a module (src/search/ui/search-client.ts), so its bundle can leave Fuse.js
    // in a chunk of its own that loads with the first word that needs fuzzy matching. Vite's default
    // for workers (a classic script) would inline it, to be parsed before every first search.
    worker: { format: "es" },
    build: {
      // One stylesheet for the whole site and every script in a file of its
      // own: a reader's browser fetches each once and reuses it on every other page, where inlined
      // styles and scripts came again with each page. It also leaves Astro nothing inline to hash
      // again for each page's Content Security Policy (docs/performance.md).
      assetsInlineLimit: 0,
      cssCodeSplit: false,
    },
  },
  experimental: {
    // Pages of papers carry a cacheKey of everything they show (src/data/cache-keys.ts), so a rebuild
    // after a one-paper pull request renders only the pages that paper is on.
    incrementalBuild: true,
  },
});
