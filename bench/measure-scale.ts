// The build at scale: a cold build, a rebuild with nothing changed and one after a one-paper change,
// beside the plain-Astro reference site built from the same papers, with the size of what was built.
import { appendFile, readdir, rm, stat } from "node:fs/promises";
import path from "node:path";
import { buildPhases, type BuildPhases } from "./build-log.ts";
import { astroCacheDir, buildSite, folderSize, type BuildMeasurement } from "./measure-build.ts";
import { buildReferenceSite, writeReferenceSite } from "./reference-site.ts";

/** The largest page a build may write, in bytes of HTML (issue 7). */
export const MAX_PAGE_BYTES = 150 * 1024;

/** Every build figure of one collection size. */
export interface ScaleMeasurement {
  cold: BuildMeasurement & { phases: BuildPhases };
  unchanged: BuildMeasurement;
  onePaperChanged: BuildMeasurement;
  reference: BuildMeasurement;
  output: {
    files: number;
    bytes: number;
    pages: number;
    largestPage: { file: string; bytes: number };
  };
}

/**
 * Builds the site from `papersDir` into `outDir` three times (cold, unchanged, one paper changed),
 * then the reference site in `referenceRoot`; every folder is absolute and inside the project.
 */
export async function measureScale(options: {
  papersDir: string;
  outDir: string;
  referenceRoot: string;
}): Promise<ScaleMeasurement> {
  const { papersDir, outDir, referenceRoot } = options;
  await rm(astroCacheDir(outDir), { recursive: true, force: true });
  const cold = await buildSite({ papersDir, outDir });
  const output = await outputSize(outDir);
  const unchanged = await buildSite({ papersDir, outDir });
  // A contributor's pull request: one paper's abstract gains a sentence.
  await appendFile(await newestPaper(papersDir), "\nA sentence added for the rebuild benchmark.\n");
  const onePaperChanged = await buildSite({ papersDir, outDir });
  await writeReferenceSite(papersDir, referenceRoot);
  const reference = await buildReferenceSite(referenceRoot);
  return {
    cold: { ...figures(cold), phases: buildPhases(cold.output) },
    unchanged: figures(unchanged),
    onePaperChanged: figures(onePaperChanged),
    reference: figures(reference),
    output,
  };
}

function figures({ seconds, peakMiB }: BuildMeasurement): BuildMeasurement {
  return { seconds, peakMiB };
}

async function outputSize(outDir: string): Promise<ScaleMeasurement["output"]> {
  const { files, bytes } = await folderSize(outDir, { gzip: false });
  let pages = 0;
  let largestPage = { file: "", bytes: 0 };
  for (const file of await readdir(outDir, { recursive: true })) {
    if (!file.endsWith(".html")) continue;
    pages += 1;
    const size = (await stat(path.join(outDir, file))).size;
    if (size > largestPage.bytes) largestPage = { file, bytes: size };
  }
  return { files, bytes, pages, largestPage };
}

async function newestPaper(papersDir: string): Promise<string> {
  const files = (await readdir(papersDir, { recursive: true }))
    .filter((file) => file.endsWith(".mdx"))
    .sort();
  const newest = files.at(-1);
  if (!newest) throw new Error(`bench: no paper files in ${papersDir}`);
  return path.join(papersDir, newest);
}
