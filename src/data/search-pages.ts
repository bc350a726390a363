// The search page and the index files beside it.
import type { SearchManifest } from "../search/core/index-format.ts";
import { getPapers } from "./papers.ts";
import { searchIndexInMemory, writeSearchIndex } from "./search.ts";

/**
 * The index's manifest, whose tags and days are the search page's filters. In a build, the index
 * is written (see src/integrations/worker-files.ts, which starts it early) before it is given, so a
 * build cannot end before the index is written, and fails with the worker's error if there is one.
 */
export async function searchPageManifest(): Promise<SearchManifest> {
  const papers = await getPapers();
  return import.meta.env.PROD ? writeSearchIndex(papers) : searchIndexInMemory(papers).manifest;
}

/**
 * The static paths of the index files the search index route serves, by their path from the index
 * folder. A build renders none: its index is written straight into the output folder.
 */
export async function getSearchIndexPaths() {
  const paths = import.meta.env.PROD
    ? []
    : [...searchIndexInMemory(await getPapers()).bodies.keys()];
  return paths.map((path) => ({ params: { path } }));
}

/** One file of the index, by its path from the index folder, as the dev server serves it. */
export async function getSearchIndexFile(path: string): Promise<string | undefined> {
  return searchIndexInMemory(await getPapers()).bodies.get(path);
}
