// Which of a build worker's files a rebuild makes again: those whose papers, code or settings
// changed since the build before, whose keys it remembered in Astro's cache folder.
import { cacheDir, outDir, root } from "astro:config/server";
import { fileURLToPath } from "node:url";
import {
  groupsToMake,
  keysOf,
  rememberFileKeys,
  takeFileKeys,
  type KeyedFiles,
} from "../lib/build/file-keys.ts";
import { sourceFingerprint } from "../lib/build/source-fingerprint.ts";
import { buildStartedAt } from "../lib/build/stale-output.ts";
import { keyOf } from "./cache-keys.ts";
import { absoluteUrl, site } from "./site.ts";

// Everything in the project that a worker's files are made by, beside the papers.
const SOURCES = ["src", "site.config.ts", "astro.config.mjs", "package-lock.json"];

let fingerprint: Promise<string> | undefined;

/** What every file is made by beside its own papers: the site's code, packages and settings. */
function siteFingerprint(): Promise<string> {
  fingerprint ??= sourceFingerprint(fileURLToPath(root), SOURCES).then((sources) =>
    keyOf({ sources, site, home: absoluteUrl("/") }),
  );
  return fingerprint;
}

/** A worker's files to make, and how to remember them once made. */
export interface ChangedFiles<Item> {
  /** The items whose files this build makes; the others' files are kept as the last build wrote them. */
  toMake: Item[];
  /** Remembers the key of every item's files, for the next build: call it once they are all written. */
  remember(): Promise<void>;
}

/**
 * Of `items`, each made into the files `describe` names (paths from `folder` of the output folder)
 * from what it gives as `from` (papers in it stand in by their digests), those whose files this
 * build makes: all of them in a first build, after a failed one, or once the code or the settings
 * changed; otherwise only those whose `from` changed or whose files are gone. `name` names the
 * worker's keys in Astro's cache folder.
 */
export async function changedFiles<Item>(
  name: string,
  folder: string,
  items: readonly Item[],
  describe: (item: Item) => { paths: string[]; from: unknown },
): Promise<ChangedFiles<Item>> {
  const keysFile = fileURLToPath(new URL(`daily-papers/${name}-keys.json`, cacheDir));
  const [previous, started, generation] = await Promise.all([
    takeFileKeys(keysFile),
    buildStartedAt(fileURLToPath(outDir)),
    siteFingerprint(),
  ]);
  const groups = items.map((item) => {
    const { paths, from } = describe(item);
    return { item, paths, key: keyOf({ generation, from }) } satisfies KeyedFiles & { item: Item };
  });
  // Whole milliseconds after the start: the build's record compares times to a fraction of one.
  const keptAt = started === undefined ? undefined : new Date(Math.floor(started) + 1);
  const toMake = await groupsToMake(
    fileURLToPath(new URL(folder, outDir)),
    groups,
    previous,
    keptAt,
  );
  return {
    toMake: toMake.map(({ item }) => item),
    remember: () => rememberFileKeys(keysFile, keysOf(groups)),
  };
}
