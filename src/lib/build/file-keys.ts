import { mkdir, readFile, rename, rm, utimes, writeFile } from "node:fs/promises";
import path from "node:path";

/** The key of each file a writer made (a digest of what it was made from), by its path from its folder. */
export type FileKeys = ReadonlyMap<string, string>;

/** Files made together from the same things: their paths, and the key of what they are made from. */
export interface KeyedFiles {
  key: string;
  paths: readonly string[];
}

const FORMAT = "daily-papers-file-keys/1";

/**
 * Reads the keys a build remembered in `file`, and forgets them: a build that stops before it
 * remembers its own leaves none, so the next one makes every file again rather than trust keys of
 * files it may have half replaced. No file, or an unreadable one, gives no keys.
 */
export async function takeFileKeys(file: string): Promise<Map<string, string>> {
  const text = await readFile(file, "utf8").catch(() => undefined);
  if (text === undefined) return new Map();
  await rm(file, { force: true });
  try {
    const data = JSON.parse(text) as { format?: unknown; keys?: unknown };
    const { keys } = data;
    if (data.format !== FORMAT || typeof keys !== "object" || !keys || Array.isArray(keys)) {
      return new Map();
    }
    return new Map(
      Object.entries(keys).filter(
        (entry): entry is [string, string] => typeof entry[1] === "string",
      ),
    );
  } catch {
    return new Map();
  }
}

/** Remembers `keys` in `file` for the next build, written whole or not at all. */
export async function rememberFileKeys(file: string, keys: FileKeys): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(
    `${file}.tmp`,
    JSON.stringify({ format: FORMAT, keys: Object.fromEntries(keys) }),
  );
  await rename(`${file}.tmp`, file);
}

/** Every path of `groups` with its group's key, as {@link rememberFileKeys} takes them. */
export function keysOf(groups: Iterable<KeyedFiles>): Map<string, string> {
  const keys = new Map<string, string>();
  for (const { key, paths } of groups) for (const file of paths) keys.set(file, key);
  return keys;
}

/**
 * Keeps, of the groups of files a writer would make into `dir`, those whose files all carry in
 * `previous` the key the group has now and are all still there, dating each of their files after
 * `since` (the build's start by the file system's clock) so that the build counts it as written
 * (src/lib/build/stale-output.ts); returns the others, which the writer must make. Without `since`
 * (no build under way) or keys, it keeps nothing.
 */
export async function keepUnchangedGroups<Group extends KeyedFiles>(
  dir: string,
  groups: readonly Group[],
  previous: FileKeys,
  since: number | undefined,
): Promise<Group[]> {
  if (since === undefined || previous.size === 0) return [...groups];
  // Two whole milliseconds on: utimes stores whole microseconds, which may drop a fraction of one.
  const keptAt = new Date(Math.floor(since) + 2);
  const made = await Promise.all(
    groups.map(async (group) => {
      if (!group.paths.every((file) => previous.get(file) === group.key)) return true;
      const dated = await Promise.all(
        group.paths.map((file) =>
          utimes(path.join(dir, file), keptAt, keptAt).then(
            () => true,
            () => false,
          ),
        ),
      );
      return dated.includes(false);
    }),
  );
  return groups.filter((_, index) => made[index]);
}
