import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";

const startModule = fileURLToPath(new URL("../data/worker-files.ts", import.meta.url));

/**
 * Starts the files a build's worker threads write (the search index, the author feeds) as soon as
 * the build loads its first page module, while Astro collects every page's static paths, rather
 * than when the page that waits for them renders: a rebuild finds most pages unchanged and reaches
 * those pages within seconds, then waits for the workers, the last thing it waits for. Routes
 * collect their static paths one after another, in an order that puts the paper pages (which wait
 * for the related papers) first, so no route could start them as early.
 */
export function workerFiles(): AstroIntegration {
  return {
    name: "daily-papers:worker-files",
    hooks: {
      "astro:config:setup": ({ command, injectScript }) => {
        if (command !== "build") return;
        injectScript(
          "page-ssr",
          `import { startWorkerFiles } from ${JSON.stringify(startModule)};\nstartWorkerFiles();`,
        );
      },
    },
  };
}
