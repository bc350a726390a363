import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";

const searchPages = fileURLToPath(new URL("../data/search-pages.ts", import.meta.url));

/**
 * Starts writing the search index as soon as a build loads its first page module, while Astro
 * collects every page's static paths, rather than when the search page renders: a rebuild finds
 * most pages unchanged and reaches the search page within seconds, then waits for the index, the
 * last thing it waits for. Routes collect their static paths one after another, in an order that
 * puts the paper pages (which wait for the related papers) before the search index's own route,
 * so no route could start it as early.
 */
export function searchIndex(): AstroIntegration {
  return {
    name: "daily-papers:search-index",
    hooks: {
      "astro:config:setup": ({ command, injectScript }) => {
        if (command !== "build") return;
        injectScript(
          "page-ssr",
          `import { startSearchIndex } from ${JSON.stringify(searchPages)};\nstartSearchIndex();`,
        );
      },
    },
  };
}
