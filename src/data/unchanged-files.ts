// Which of a build worker's files a rebuild keeps as the build before wrote them: those whose papers,
// code and settings are unchanged, by keys the build before remembered beside them.
import { outDir, root } from "astro:config/server";
import { fileURLToPath } from "node:url";
import {
  keepUnchangedGroups,
  keysOf,
  rememberFileKeys,
  takeFileKeys,
  type KeyedFiles,
} from "../lib/build/file-keys.ts";
import { sourceFingerprint } from "../lib/build/source-fingerprint.ts";
import { currentBuildStart } from "../lib/build/stale-output.ts";
import { keyOf } from "./cache-keys.ts";
import { site } from "./site.ts";

// Everything in the project that a worker's files are made by, beside the papers.
const SOURCES = ["src", "site.config.ts", "astro.config.mjs", "package.json", "package-lock.json"];

// In the output folder, beside the files they describe: keys in Astro's cache folder could describe
// another folder's files (two OUT_DIR spellings share a cache, a CI restores each from another run).
const KEYS_DIR = ".daily-papers-keys/";

let fingerprint: Promise<string> | undefined;

/** What every file is made by beside its own papers: the site's code, packages and settings. */
function siteFingerprint(): Promise<string> {
  fingerprint ??= sourceFingerprint(fileURLToPath(root), SOURCES).then((sources) =>
    keyOf({ sources, site }),
  );
  return fingerprint;
}

/** A worker's files to make, and how to remember them once made. */
export interface FilesToMake<Item> {
  /** The items whose files this build makes; the others' files are kept as the last build wrote them. */
  items: Item[];
  /** Remembers the key of every item's files, for the next build: call it once they are all written. */
  remember(): Promise<void>;
}

/**
 * Keeps the files of those `items` that are as the last build made them, and gives the others, whose
 * files this build makes. Each item is made into the files `describe` names (paths from `folder` of
 * the output folder) from what it gives as `from` (papers in it stand in by their digests). All are
 * made in a first build, after a failed one, or once the code or the settings changed; otherwise
 * only those whose `from` changed or whose files are gone. `name` names the worker's keys.
 */
export async function keepUnchangedFiles<Item>(
  name: string,
  folder: string,
  items: readonly Item[],
  describe: (item: Item) => { paths: string[]; from: unknown },
): Promise<FilesToMake<Item>> {
  const output = fileURLToPath(outDir);
  const keysFile = fileURLToPath(new URL(`${KEYS_DIR}${name}.json`, outDir));
  const [previous, generation] = await Promise.all([takeFileKeys(keysFile), siteFingerprint()]);
  const groups = items.map((item) => {
    const { paths, from } = describe(item);
    return { item, paths, key: keyOf({ generation, from }) } satisfies KeyedFiles & { item: Item };
  });
  const toMake = await keepUnchangedGroups(
    fileURLToPath(new URL(folder, outDir)),
    groups,
    previous,
    currentBuildStart(output),
  );
  return {
    items: toMake.map(({ item }) => item),
    remember: () => rememberFileKeys(keysFile, keysOf(groups)),
  };
}
