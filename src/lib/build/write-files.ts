import { mkdir, readFile, utimes, writeFile } from "node:fs/promises";
import path from "node:path";

/** A file to write: its path from the folder it goes into (with `/`), and its content. */
export interface FileToWrite {
  path: string;
  body: string;
}

/** How {@link writeFiles} treats files already there. */
export interface WriteOptions {
  /**
   * The start of the build, by the file system's clock (`buildStartedAt`). A file that already holds
   * its body is then not written again but dated just after it, so that the build's record counts it
   * as this build's (src/lib/build/stale-output.ts): a rebuild rewrites only what changed.
   */
  unchangedSince?: number | undefined;
}

// Enough writes in flight to keep the file system's threads busy, few enough that the files are not
// all held by pending writes at once.
const WRITES_IN_FLIGHT = 16;

/**
 * Writes files into `dir`, making their folders, a few at a time. `files` is read only as writes
 * proceed, so a generator can make each body when its turn comes. Returns how many it wrote or, with
 * `unchangedSince`, found already written.
 */
export async function writeFiles(
  dir: string,
  files: Iterable<FileToWrite>,
  { unchangedSince }: WriteOptions = {},
): Promise<number> {
  const folders = new Map<string, Promise<unknown>>();
  const iterator = files[Symbol.iterator]();
  // Whole milliseconds after the start: the record compares times to the millisecond's fraction.
  const dated = unchangedSince === undefined ? undefined : new Date(Math.floor(unchangedSince) + 1);
  let written = 0;
  const writeNext = async (): Promise<void> => {
    for (let next = iterator.next(); !next.done; next = iterator.next()) {
      const file = path.join(dir, next.value.path);
      const folder = path.dirname(file);
      if (!folders.has(folder)) folders.set(folder, mkdir(folder, { recursive: true }));
      await folders.get(folder);
      if (dated && (await holds(file, next.value.body))) await utimes(file, dated, dated);
      else await writeFile(file, next.value.body);
      written += 1;
    }
  };
  await Promise.all(Array.from({ length: WRITES_IN_FLIGHT }, writeNext));
  return written;
}

async function holds(file: string, body: string): Promise<boolean> {
  const existing = await readFile(file).catch(() => undefined);
  return existing !== undefined && existing.equals(Buffer.from(body));
}
