import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";

/** A file to write: its path from the folder it goes into (with `/`), and its content. */
export interface FileToWrite {
  path: string;
  body: string;
}

// Enough writes in flight to keep the file system's threads busy, few enough that the files are not
// all held by pending writes at once.
const WRITES_IN_FLIGHT = 16;

/**
 * Writes files into `dir`, making their folders, a few at a time. `files` is read only as writes
 * proceed, so a generator can make each body when its turn comes. Returns how many were written.
 */
export async function writeFiles(dir: string, files: Iterable<FileToWrite>): Promise<number> {
  const folders = new Map<string, Promise<unknown>>();
  const iterator = files[Symbol.iterator]();
  let written = 0;
  const writeNext = async (): Promise<void> => {
    for (let next = iterator.next(); !next.done; next = iterator.next()) {
      const file = path.join(dir, next.value.path);
      const folder = path.dirname(file);
      if (!folders.has(folder)) folders.set(folder, mkdir(folder, { recursive: true }));
      await folders.get(folder);
      await writeFile(file, next.value.body);
      written += 1;
    }
  };
  await Promise.all(Array.from({ length: WRITES_IN_FLIGHT }, writeNext));
  return written;
}
