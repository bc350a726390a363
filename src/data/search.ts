// The search index, built once per build from the same papers the pages show.
import { buildSearchIndex } from "../lib/search-index.ts";
import { formatDay } from "../lib/dates.ts";
import type { SearchManifest } from "../lib/search-format.ts";
import { getPapers } from "./papers.ts";
import { site, urls } from "./site.ts";

/** The search page. */
export const searchUrl = urls.asset("search/");

interface SearchIndex {
  manifest: SearchManifest;
  /** Each file's content by its path in the index folder. */
  bodies: Map<string, string>;
}

let cached: Promise<SearchIndex> | undefined;

function getSearchIndex(): Promise<SearchIndex> {
  cached ??= getPapers().then((papers) => {
    const { manifest, files } = buildSearchIndex(
      papers.map((paper) => ({
        id: paper.id,
        title: paper.title,
        authors: paper.authors,
        day: paper.day,
        tags: paper.tags,
        arxiv: paper.arxiv,
        text: paper.text,
      })),
      { dateLabel: (day) => formatDay(day, site.locale, "short") },
    );
    return { manifest, bodies: new Map(files.map(({ path, body }) => [path, body])) };
  });
  return cached;
}

/** The index's manifest: its tags and days are the search page's filters. */
export async function getSearchManifest(): Promise<SearchManifest> {
  return (await getSearchIndex()).manifest;
}

/** The path of every file of the index, from the index folder. */
export async function getSearchIndexPaths(): Promise<string[]> {
  return [...(await getSearchIndex()).bodies.keys()];
}

/**
 * One file of the index. A build writes each file once, so it forgets the file then: at 50,000
 * papers the files hold 170 MB, which would otherwise stay in memory while every other page renders.
 */
export async function takeSearchIndexFile(path: string): Promise<string | undefined> {
  const { bodies } = await getSearchIndex();
  const body = bodies.get(path);
  if (import.meta.env.PROD) bodies.delete(path);
  return body;
}
