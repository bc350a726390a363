import { lstat, mkdir, readdir, rm, rmdir } from "node:fs/promises";
import path from "node:path";
import { OUTPUT_RECORD, UNTOUCHED, writeOutputRecord } from "./output-folder.ts";

/** What {@link removeStaleFiles} did. */
export interface StaleOutput {
  /** How many files of earlier builds it deleted. */
  removed: number;
  /** Files it found that no build wrote and left where they are (paths from the output folder). */
  foreign: string[];
}

/**
 * Marks the start of a build in its output folder: records, as unfinished, the files earlier builds
 * wrote (`owned`), so that a build that stops half-way still leaves a record of what is its own.
 * Returns the time the file system gave the record. Files the build writes later have a later time;
 * compared with the file system's own clock, not this process's, so a coarse or distant (network)
 * clock cannot misplace a file.
 */
export async function markBuildStart(outDir: string, owned: Iterable<string>): Promise<number> {
  await mkdir(outDir, { recursive: true });
  const since = await writeOutputRecord(outDir, "building", owned);
  buildsUnderWay()[BUILD_START] = { outDir: path.resolve(outDir), since };
  return since;
}

// Where this process keeps the start of its build for the modules Astro bundles into the build
// (src/data/unchanged-files.ts), which are other instances of this module than the integration's.
const BUILD_START = Symbol.for("daily-papers:build-start");

function buildsUnderWay(): Record<
  typeof BUILD_START,
  { outDir: string; since: number } | undefined
> {
  return globalThis as unknown as Record<
    typeof BUILD_START,
    { outDir: string; since: number } | undefined
  >;
}

/**
 * The start of the build of `outDir` under way in this process, as {@link markBuildStart} recorded
 * it (by the file system's clock); undefined before it, after it ends, or for another folder.
 */
export function currentBuildStart(outDir: string): number | undefined {
  const started = buildsUnderWay()[BUILD_START];
  return started?.outDir === path.resolve(outDir) ? started.since : undefined;
}

/**
 * Deletes the files of an output folder that earlier builds wrote (`owned`, paths from the folder)
 * and this build neither wrote (last written before `since`) nor kept (`kept`: absolute paths, such
 * as pages the incremental build found unchanged in place), then the folders that left empty; then
 * records every file this build produced. Anything else (top-level `.git`, a file put there during
 * the build) is left alone and not recorded.
 */
export async function removeStaleFiles(
  outDir: string,
  since: number,
  kept: ReadonlySet<string>,
  owned: ReadonlySet<string>,
): Promise<StaleOutput> {
  let removed = 0;
  const produced: string[] = [];
  const foreign: string[] = [];
  // Folders are read side by side: read one after another, the 17,000 folders of a 10,000-paper site
  // took a second, most of it spent waiting for the file system. Returns whether the folder is empty
  // now because of what was deleted from it.
  const visit = async (dir: string, prefix: string): Promise<boolean> => {
    const entries = await readdir(dir, { withFileTypes: true });
    const emptied = await Promise.all(
      entries.map(async (entry) => {
        const name = `${prefix}${entry.name}`;
        if (!prefix && (UNTOUCHED.has(name) || name.startsWith(OUTPUT_RECORD))) return false;
        const entryPath = path.join(dir, entry.name);
        if (entry.isDirectory()) {
          if (!(await visit(entryPath, `${name}/`))) return false;
          await rmdir(entryPath);
          return true;
        }
        if (kept.has(entryPath) || (await lstat(entryPath)).mtimeMs >= since) {
          produced.push(name);
          return false;
        }
        if (!owned.has(name)) {
          foreign.push(name);
          return false;
        }
        await rm(entryPath, { force: true });
        removed += 1;
        return true;
      }),
    );
    return entries.length > 0 && emptied.every(Boolean);
  };
  await visit(outDir, "");
  await writeOutputRecord(outDir, "complete", produced);
  if (currentBuildStart(outDir) !== undefined) buildsUnderWay()[BUILD_START] = undefined;
  return { removed, foreign: foreign.sort() };
}
