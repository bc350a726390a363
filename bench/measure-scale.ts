// The build at scale: a cold build, a rebuild with nothing changed and one after a one-paper change,
// beside the plain-Astro reference site built from the same papers, with the size of what was built.
import { appendFile, readdir, rm, stat } from "node:fs/promises";
import path from "node:path";
import { buildPhases, type BuildPhases } from "./build-log.ts";
import { astroCacheDir, buildSite, folderSize, type BuildMeasurement } from "./measure-build.ts";
import { buildReferenceSite, writeReferenceSite } from "./reference-site.ts";
import { budgets, table, type Budget, type Row } from "./report.ts";

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

/**
 * Issue 7's budgets, by collection size. The cold build is judged by its time over plain Astro's,
 * built from the same papers in the same run, so that the machine's load moves both alike; each
 * ratio is the old limit in seconds over plain Astro's recorded time (docs/performance.md).
 */
const BUILD_BUDGETS: Readonly<Record<number, { ratio: number; peakMiB: number }>> = {
  10_000: { ratio: 2, peakMiB: 1.5 * 1024 },
  50_000: { ratio: 1.65, peakMiB: 4 * 1024 },
};
/** A rebuild after a one-paper change, as a share of the cold build, at 10,000 papers. */
const REBUILD_SHARE = 0.4;

/** The budgets a collection size's build figures are judged by. */
export function buildBudgets(
  papers: number,
  scale: Pick<ScaleMeasurement, "cold" | "onePaperChanged" | "reference" | "output">,
): Budget[] {
  const { cold, onePaperChanged, reference, output } = scale;
  const size = `${papers / 1000}k`;
  const list: Budget[] = [
    {
      label: `${size}: largest page`,
      value: output.largestPage.bytes / 1024,
      limit: MAX_PAGE_BYTES / 1024,
      unit: "KiB",
    },
  ];
  const budget = BUILD_BUDGETS[papers];
  if (budget) {
    list.push(
      {
        label: `${size}: cold build ${cold.seconds.toFixed(1)} s over plain Astro's ${reference.seconds.toFixed(1)} s`,
        value: cold.seconds / reference.seconds,
        limit: budget.ratio,
        unit: "×",
        digits: 2,
      },
      {
        label: `${size}: cold build peak memory`,
        value: cold.peakMiB ?? Number.NaN,
        limit: budget.peakMiB,
        unit: "MiB",
      },
    );
  }
  if (papers === 10_000) {
    list.push({
      label: `${size}: rebuild after a one-paper change, share of the cold build`,
      value: (onePaperChanged.seconds / cold.seconds) * 100,
      limit: REBUILD_SHARE * 100,
      unit: "%",
    });
  }
  return list;
}

/** The build figures of one collection size as a table beside the reference site, and their budgets. */
export function scaleReport(
  papers: number,
  scale: ScaleMeasurement,
): { text: string; passed: boolean } {
  const { cold, unchanged, onePaperChanged, reference, output } = scale;
  const MiB = 1024 * 1024;
  const rows: Row[] = [
    { label: "cold build (s)", ours: cold.seconds, theirs: reference.seconds },
    {
      label: "cold build peak memory (MiB)",
      ours: cold.peakMiB,
      theirs: reference.peakMiB,
      digits: 0,
    },
    { label: "  content: load, check, render (s)", ours: cold.phases.content },
    { label: "  bundling (s)", ours: cold.phases.bundle },
    { label: "  pages, feeds, search index (s)", ours: cold.phases.pages },
    { label: "rebuild, nothing changed (s)", ours: unchanged.seconds },
    { label: "rebuild, one paper changed (s)", ours: onePaperChanged.seconds },
    { label: "rebuild peak memory (MiB)", ours: onePaperChanged.peakMiB, digits: 0 },
    {
      label: "cold build per 1,000 papers (s)",
      ours: (cold.seconds / papers) * 1000,
      theirs: (reference.seconds / papers) * 1000,
      digits: 2,
    },
    { label: "pages", ours: output.pages, digits: 0 },
    { label: "output files", ours: output.files, digits: 0 },
    { label: "output size (MiB)", ours: output.bytes / MiB },
    {
      label: `largest page (KiB): ${output.largestPage.file}`,
      ours: output.largestPage.bytes / 1024,
    },
  ];
  const result = budgets(buildBudgets(papers, scale));
  return {
    text: `${table(["build", "ours", "plain Astro"], rows)}\n${result.text}`,
    passed: result.passed,
  };
}
