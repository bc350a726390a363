// The plain-Astro reference site (bench/reference-site/): the same generated papers as `.md`, one
// page each, built with nothing else, so the site's build figures read as a multiple of Astro's own.
import { cp, mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { measureCommand, type BuildMeasurement } from "./measure-build.ts";

const TEMPLATE = fileURLToPath(new URL("./reference-site/", import.meta.url));
const ASTRO = fileURLToPath(new URL("../node_modules/astro/bin/astro.mjs", import.meta.url));

/**
 * Copies the reference site into `root` (absolute, inside the project so that Astro resolves from
 * its node_modules) with every paper of `papersDir` as a `.md` file, ready to build.
 */
export async function writeReferenceSite(papersDir: string, root: string): Promise<void> {
  await cp(TEMPLATE, root, { recursive: true });
  for (const entry of await readdir(papersDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith(".mdx")) continue;
    const source = path.join(entry.parentPath, entry.name);
    const target = path.join(root, "papers", path.relative(papersDir, source)).replace(/x$/, "");
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, await readFile(source));
  }
}

/** Builds the reference site written by {@link writeReferenceSite}, timing it. */
export function buildReferenceSite(root: string): Promise<BuildMeasurement> {
  return measureCommand(process.execPath, [ASTRO, "build", "--root", root]);
}
