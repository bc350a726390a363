import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

/**
 * A digest of every file of `sources` (files, or folders read whole, from `root`), by path and
 * content: it changes whenever the code or the settings that make a build's files change, so that
 * keys that carry it are never taken for those of a build by other code. Paths count from `root`, so
 * a project moved or restored elsewhere (a CI cache) keeps its fingerprint.
 */
export async function sourceFingerprint(root: string, sources: readonly string[]): Promise<string> {
  const files: string[] = [];
  for (const source of sources) {
    const entries = await readdir(path.join(root, source), {
      recursive: true,
      withFileTypes: true,
    }).catch((error: NodeJS.ErrnoException) => {
      if (error.code === "ENOTDIR") return undefined;
      throw error;
    });
    if (!entries) files.push(source);
    for (const entry of entries ?? []) {
      if (entry.isFile()) files.push(path.relative(root, path.join(entry.parentPath, entry.name)));
    }
  }
  const hash = createHash("sha256");
  for (const file of files.sort()) {
    hash.update(`${file.split(path.sep).join("/")}\0`);
    hash.update(await readFile(path.join(root, file)));
    hash.update("\0");
  }
  return hash.digest("base64url");
}
