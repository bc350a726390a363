// Workaround, into Astro's internals: with incremental builds, Astro empties the output folder and
// copies every unchanged page back from its cache; this build keeps the folder (Vite's
// build.emptyOutDir: false, which Astro's static build honours), so unchanged pages stay in place,
// and deletes what the build did not produce. No Astro issue asks for it; Astro would need its
// incremental build to leave unchanged pages in the output folder, as withastro/astro#17084 first
// did. Holds the budget: a one-paper rebuild ≤ 40 % of the cold build (docs/performance.md).
// Remove when Astro does so: tests/unit/integrations/keep-output-folder-internals.test.ts fails when
// the checks it relies on move.
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { markBuildStart, removeStaleFiles } from "../lib/build/stale-output.ts";

/**
 * Builds into the previous build's output folder instead of emptying it first, then deletes what
 * this build did not produce (a removed paper's pages, last build's hashed assets). Emptying the
 * folder meant deleting every page only for the incremental build to copy most of them back
 * unchanged from its cache: at 50,000 papers on this machine's disk, 55 s to delete and 85 s to
 * copy. A page the incremental build finds unchanged in place is now left as it is. The result is
 * the folder a clean build writes; tests/build/incremental-build.test.ts compares the two file by
 * file.
 */
export function keepOutputFolder(): AstroIntegration {
  let outDir = "";
  let started: number | undefined;
  return {
    name: "daily-papers:keep-output-folder",
    hooks: {
      "astro:config:setup": ({ command, updateConfig }) => {
        if (command !== "build") return;
        updateConfig({ vite: { build: { emptyOutDir: false } } });
      },
      "astro:config:done": ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      "astro:build:start": async () => {
        started = await markBuildStart(outDir);
      },
      "astro:build:done": async ({ assets, logger }) => {
        if (started === undefined) return;
        // Every page and endpoint file of this build, those left in place included.
        const produced = new Set([...assets.values()].flat().map((file) => fileURLToPath(file)));
        const removed = await removeStaleFiles(outDir, started, produced);
        if (removed > 0) logger.info(`removed ${removed} file(s) of the previous build`);
      },
    },
  };
}
