import { readdir } from "node:fs/promises";
import path from "node:path";

/**
 * Every file under a build's output folder, as sorted paths relative to it with "/" separators.
 * Throws, naming the folder, when it is not there: the site has to be built first.
 */
export async function outputFiles(outPath: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(outPath, { recursive: true, withFileTypes: true });
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new Error(`${outPath}: cannot list the built site (${why}); build it first`);
  }
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(outPath, path.join(entry.parentPath, entry.name)))
    .map((file) => file.split(path.sep).join("/"))
    .sort();
}
