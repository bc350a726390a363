import { readlinkSync, type Dirent } from "node:fs";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { IMAGE_FILE } from "./paper-schema.ts";
import { parseSideFileName, type SideFile } from "./side-files.ts";

/** Everything below the papers folder, sorted by path (with `/` separators) within each list. */
export interface PapersFolder {
  /** The `.mdx` files: the papers. */
  papers: string[];
  /** Images, which a paper beside them may name as its thumbnail. */
  images: string[];
  /** Temporary and backup files that an interrupted write left behind. */
  leftovers: (SideFile & { pathInCollection: string })[];
  /** Every entry that is none of these (leftovers included), with what it is and what to do. */
  strays: { pathInCollection: string; message: string }[];
}

// Written by the operating system into any folder it shows, never by a contributor.
const SYSTEM_FILES = new Set([".DS_Store", "Thumbs.db", ".gitkeep"]);

/**
 * Sorts every entry below the papers folder into papers, images, leftovers of an interrupted write
 * and strays, so that no file is skipped without a word. Symbolic links are never followed.
 */
export async function scanPapersFolder(papersDir: string): Promise<PapersFolder> {
  const entries = await readdir(papersDir, { recursive: true, withFileTypes: true });
  const folder: PapersFolder = { papers: [], images: [], leftovers: [], strays: [] };
  for (const entry of entries) {
    // readdir normalizes the paths it returns (`./papers` comes back as `papers/...`), so cutting
    // papersDir off by length would lose characters.
    const parent = path.relative(papersDir, entry.parentPath).split(path.sep).join("/");
    const pathInCollection = parent ? `${parent}/${entry.name}` : entry.name;
    if (entry.isFile() && entry.name.endsWith(".mdx")) {
      folder.papers.push(pathInCollection);
      continue;
    }
    if (entry.isFile() && IMAGE_FILE.test(`./${entry.name}`)) {
      folder.images.push(pathInCollection);
      continue;
    }
    const leftover = entry.isFile() ? parseSideFileName(entry.name) : undefined;
    if (leftover) folder.leftovers.push({ ...leftover, pathInCollection });
    const message = leftover ? describeLeftover(leftover) : describeStray(entry, papersDir);
    if (message) folder.strays.push({ pathInCollection, message });
  }
  for (const list of [folder.papers, folder.images, folder.strays, folder.leftovers]) {
    list.sort((a, b) => {
      const [left, right] = [a, b].map((item) =>
        typeof item === "string" ? item : item.pathInCollection,
      ) as [string, string];
      return left < right ? -1 : left > right ? 1 : 0;
    });
  }
  return folder;
}

/** Every `.mdx` file below the papers folder, as sorted paths with `/` separators. */
export async function listPaperFiles(papersDir: string): Promise<string[]> {
  return (await scanPapersFolder(papersDir)).papers;
}

function describeLeftover(leftover: SideFile): string {
  const run = `an interrupted papers:add or papers:import (process ${leftover.pid})`;
  return leftover.kind === "tmp"
    ? `is a temporary file left by ${run}, not a paper; ${leftover.paper} beside it is untouched: delete it (the next papers:add or papers:import does)`
    : `is a backup of ${leftover.paper} left by ${run} with --force: if ${leftover.paper} is right, delete the backup; otherwise put it back with mv`;
}

function describeStray(entry: Dirent, papersDir: string): string | undefined {
  const { name } = entry;
  if (entry.isSymbolicLink()) {
    const target = readlinkSync(path.join(entry.parentPath, name));
    const inside = path.relative(papersDir, path.resolve(entry.parentPath, target));
    const where =
      inside.startsWith("..") || path.isAbsolute(inside) ? ", outside the papers folder" : "";
    return `is a symbolic link (to ${target}${where}), which is never followed: put the file itself here instead of a link`;
  }
  if (entry.isDirectory()) {
    return /\.mdx?$/i.test(name)
      ? "is a folder named like a paper file: a paper is one file, YYYY/MM/DD/<id>.mdx; move its files out and remove the folder"
      : undefined;
  }
  if (!entry.isFile())
    return "is not a regular file: the papers folder holds only paper files and their images";
  if (SYSTEM_FILES.has(name)) return undefined;
  const base = name.replace(/\.[^.]*$/, "");
  if (/\.(?:mdx|md|markdown)$/i.test(name)) {
    return `has the wrong extension: paper files end in .mdx, in lowercase; rename it ${base}.mdx`;
  }
  return "is neither a paper (YYYY/MM/DD/<id>.mdx) nor an image beside one (.png, .jpg, .webp, .avif, .gif): move it out of the papers folder";
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
