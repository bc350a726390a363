import { readdir } from "node:fs/promises";
import path from "node:path";

/**
 * Every `.mdx` file below the papers folder, as sorted paths with `/` separators.
 * Files with other endings (thumbnails beside their paper) are left alone.
 */
export async function listPaperFiles(papersDir: string): Promise<string[]> {
  const entries = await readdir(papersDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith(".mdx"))
    .map((entry) => {
      // readdir normalizes the paths it returns (`./papers` comes back as `papers/...`), so cutting
      // papersDir off by length would lose characters.
      const folder = path.relative(papersDir, entry.parentPath).split(path.sep).join("/");
      return folder ? `${folder}/${entry.name}` : entry.name;
    })
    .sort();
}

/** A file's path as shown in messages: from `root` with `/` separators, or absolute when outside it. */
export function displayPath(root: string, absolutePath: string): string {
  const relative = path.relative(root, absolutePath);
  return relative.startsWith("..") || path.isAbsolute(relative)
    ? absolutePath
    : relative.split(path.sep).join("/");
}

/** The feed day of a paper's file from its `YYYY/MM/DD/<id>.mdx` folders (in any path); undefined elsewhere. */
export function dayOfPaperFile(file: string): string | undefined {
  const match = /(?:^|\/)(\d{4})\/(\d{2})\/(\d{2})\/[^/]+\.mdx$/.exec(file);
  return match ? `${match[1]}-${match[2]}-${match[3]}` : undefined;
}
