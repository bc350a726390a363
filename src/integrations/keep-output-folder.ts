// Workaround, into Astro's internals: with incremental builds, Astro empties the output folder and
// copies every unchanged page back from its cache; this build keeps the folder (Vite's
// build.emptyOutDir: false, which Astro's static build honours), so unchanged pages stay in place,
// and deletes what the build did not produce. No Astro issue asks for it; Astro would need its
// incremental build to leave unchanged pages in the output folder, as withastro/astro#17084 first
// did. Holds the budget: a one-paper rebuild ≤ 40 % of the cold build (docs/performance.md).
// Remove when Astro does so: tests/unit/integrations/keep-output-folder-internals.test.ts fails when
// the checks it relies on move.
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { AstroError } from "astro/errors";
import {
  claimOutputFolder,
  OutputFolderError,
  type GuardedFolder,
} from "../lib/build/output-folder.ts";
import { displayPath } from "../lib/content/paper-files.ts";
import { markBuildStart, removeStaleFiles } from "../lib/build/stale-output.ts";

/**
 * Builds into the previous build's output folder instead of emptying it first, then deletes what
 * this build did not produce (a removed paper's pages, last build's hashed assets). Emptying the
 * folder meant deleting every page only for the incremental build to copy most of them back
 * unchanged from its cache (docs/performance.md). A page the incremental build finds unchanged in place is now left as it is. The result is
 * the folder a clean build writes; tests/build/incremental-build.test.ts compares the two file by
 * file.
 *
 * Only files a build of this site wrote (recorded in the folder's `.daily-papers-output.json`) are ever
 * replaced or deleted: before Astro touches anything, the build refuses an output folder that holds
 * anything else, or that is, holds or sits inside the project's sources or papers.
 */
export function keepOutputFolder(options: { papersDir: string }): AstroIntegration {
  let outDir = "";
  let owned = new Set<string>();
  let started: number | undefined;
  return {
    name: "daily-papers:keep-output-folder",
    hooks: {
      "astro:config:setup": async ({ command, config, updateConfig }) => {
        if (command !== "build") return;
        const root = fileURLToPath(config.root);
        outDir = fileURLToPath(config.outDir);
        const guarded: GuardedFolder[] = [
          { name: "the project", path: root, mayHoldOutput: true },
          { name: "src/", path: fileURLToPath(config.srcDir) },
          { name: "public/", path: fileURLToPath(config.publicDir) },
          { name: "content/", path: path.join(root, "content") },
          {
            name: `the papers folder ${displayPath(root, path.resolve(root, options.papersDir))}`,
            path: path.resolve(root, options.papersDir),
          },
        ];
        try {
          owned = await claimOutputFolder(outDir, { shown: displayPath(root, outDir), guarded });
        } catch (error) {
          if (!(error instanceof OutputFolderError)) throw error;
          throw new AstroError(
            `Refusing to build: ${error.message}`,
            "OUT_DIR names the output folder (./dist when unset); see the README's Deploy section.",
          );
        }
        // Astro would otherwise empty the folder, whatever it holds.
        updateConfig({ vite: { build: { emptyOutDir: false } } });
      },
      "astro:config:done": ({ config }) => {
        if (outDir && fileURLToPath(config.outDir) !== outDir) {
          throw new AstroError(
            `Refusing to build: an integration moved the output folder to ${fileURLToPath(config.outDir)} after it was checked`,
          );
        }
      },
      "astro:build:start": async () => {
        started = await markBuildStart(outDir, owned);
      },
      "astro:build:done": async ({ assets, logger }) => {
        if (started === undefined) return;
        // Every page and endpoint file of this build, those left in place included.
        const produced = new Set([...assets.values()].flat().map((file) => fileURLToPath(file)));
        const { removed, foreign } = await removeStaleFiles(outDir, started, produced, owned);
        if (removed > 0) logger.info(`removed ${removed} file(s) of the previous build`);
        if (foreign.length > 0) {
          logger.warn(
            `left ${foreign.length} file(s) that appeared in the output folder during the build and ` +
              `that no build wrote, which the next build will refuse: ${foreign.slice(0, 5).join(", ")}`,
          );
        }
      },
    },
  };
}
