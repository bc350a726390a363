import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

/** Every file below a folder, hidden ones included, with its text: to compare a folder before and after. */
export async function snapshotFolder(folder: string): Promise<Record<string, string>> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  const snapshot: Record<string, string> = {};
  for (const entry of entries) {
    const file = path.join(entry.parentPath, entry.name);
    snapshot[path.relative(folder, file)] = entry.isDirectory()
      ? "<folder>"
      : await readFile(file, "utf8");
  }
  return snapshot;
}
