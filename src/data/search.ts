// The search index, built once per build from the same papers the pages show.
import { buildSearchIndex, type SearchIndexFile } from "../lib/search-index.ts";
import { formatDay } from "../lib/dates.ts";
import type { SearchManifest } from "../lib/search-format.ts";
import { getPapers } from "./papers.ts";
import { site, urls } from "./site.ts";

/** The search page. */
export const searchUrl = urls.asset("search/");

let cached: Promise<{ manifest: SearchManifest; files: SearchIndexFile[] }> | undefined;

/** Every file of the search index, with its manifest (tags and days for the search page's filters). */
export function getSearchIndex(): Promise<{ manifest: SearchManifest; files: SearchIndexFile[] }> {
  cached ??= getPapers().then((papers) =>
    buildSearchIndex(
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
    ),
  );
  return cached;
}
