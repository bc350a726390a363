// The static JSON API (docs/api.md), made from the papers the pages show: written into the output
// folder by a build, served from memory by the dev server.
import { outDir, srcDir } from "astro:config/server";
import { fileURLToPath } from "node:url";
import { writeApiFilesInWorker } from "../lib/build/api-writer.ts";
import { dayBatches } from "../lib/feed/day-batches.ts";
import { splitByDay } from "../lib/feed/grouping.ts";
import { API_DIR, type ApiPaper } from "../lib/publish/api-format.ts";
import { apiFiles } from "../lib/publish/api-files.ts";
import { apiPaths } from "../lib/publish/api-paths.ts";
import { toApiDays } from "../lib/publish/api-days.ts";
import { toApiPaper } from "../lib/publish/api-paper.ts";
import { paperBibtex } from "./bibliography.ts";
import { keepUnchangedFiles } from "./unchanged-files.ts";
import { getPapers, type Paper } from "./papers.ts";
import { absoluteUrl, urls } from "./site.ts";

/** A paper as its API file gives it, with the BibTeX entry its page shows. */
export function apiPaper(paper: Paper): ApiPaper {
  return toApiPaper(paper, {
    bibtex: paperBibtex(paper),
    page: absoluteUrl(paper.url),
    api: absoluteUrl(urls.apiPaper(paper.id)),
    thumbnail: paper.thumbnail && absoluteUrl(paper.thumbnail.src),
  });
}

function daysBody(papers: readonly Pick<Paper, "day">[]): string {
  return JSON.stringify(toApiDays(papers, (day) => absoluteUrl(urls.apiDay(day))));
}

// Papers sent to the API's worker at a time, as whole days: it holds one batch, not every abstract.
const PAPERS_PER_BATCH = 1000;

// Each batch made only when the worker wants it.
function* apiBatches(papers: readonly Paper[]): Generator<ApiPaper[]> {
  for (const batch of dayBatches(papers, PAPERS_PER_BATCH)) yield batch.map(apiPaper);
}

let written: Promise<string> | undefined;

/**
 * Writes the file of each paper and each day into the build's output folder from a worker thread,
 * once per build, and gives the list of days (`days.json`); later calls share the first one's.
 * Astro renders pages on one thread: the files are serialised and written on the other core. A
 * rebuild makes only the files of the days whose papers changed (src/data/unchanged-files.ts).
 */
export function writeApi(papers: readonly Paper[]): Promise<string> {
  written ??= (async () => {
    const toMake = await keepUnchangedFiles(
      "api",
      API_DIR,
      splitByDay(papers),
      ({ day, items }) => ({
        paths: [apiPaths.day(day), ...items.map((paper) => apiPaths.paper(paper.id))],
        from: { day, items },
      }),
    );
    await writeApiFilesInWorker(
      new URL("lib/build/api-worker.ts", srcDir),
      fileURLToPath(new URL(API_DIR, outDir)),
      apiBatches(toMake.items.flatMap(({ items }) => items)),
    );
    await toMake.remember();
    return daysBody(papers);
  })();
  return written;
}

let inMemory: Map<string, string> | undefined;

/** Every API file's content by its path from the API folder, made once: the dev server builds no output folder. */
function apiInMemory(papers: readonly Paper[]): Map<string, string> {
  if (!inMemory) {
    const apiPapers = papers.map(apiPaper);
    inMemory = new Map([...apiFiles(apiPapers)].map(({ path, body }) => [path, body]));
    inMemory.set(apiPaths.days, daysBody(apiPapers));
  }
  return inMemory;
}

/**
 * The static paths of the API route, by path from the API folder. A build renders only the list of
 * days, which waits for the worker to write the other files (see src/integrations/worker-files.ts,
 * which starts it early), so a build cannot end before they are written, and fails with the
 * worker's error if there is one.
 */
export async function getApiPaths() {
  const paths = import.meta.env.PROD ? [apiPaths.days] : [...apiInMemory(await getPapers()).keys()];
  return paths.map((path) => ({ params: { path } }));
}

/** One API file by its path from the API folder: in a build, once the worker has written the rest (it starts it if need be); in dev, from memory. */
export async function apiFile(path: string): Promise<string | undefined> {
  const papers = await getPapers();
  if (!import.meta.env.PROD) return apiInMemory(papers).get(path);
  return path === apiPaths.days ? writeApi(papers) : undefined;
}
